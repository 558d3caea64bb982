import Foundation
import Progress
import Testing

@testable import PalpateCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Faults met by the real `palpate` executable: killed, interrupted, run twice at once, and
/// given input bytes no in-process test can type.
@Suite(.enabled(if: BuiltExecutable.url != nil, "\(BuiltExecutable.missing)"))
struct EndToEndFaultTests {
    private let executable = BuiltExecutable.url ?? URL(fileURLWithPath: "/nonexistent")
    private static let now = "2026-01-01T09:00:00Z"

    /// A review of the bundled decks in a fresh data folder, as a student starts it.
    private func startReview(data: URL, now: String = now) throws -> RunningPalpate {
        try RunningPalpate(
            ["--content", packageRoot.path, "--data-dir", data.path, "review"],
            environment: ["PALPATE_NOW": now, "HOME": data.path, "NO_COLOR": "1"], executable: executable)
    }

    /// Every review in the store, oldest first, checked by a full integrity check on the way.
    private func storedReviews(_ data: URL) throws -> [ReviewRecord] {
        let store = try ProgressStore.open(
            directory: data, now: studyMorning, timeZone: .gmt,
            sessionHolder: SessionHolder(pid: 1, host: "test", startedAt: studyMorning, timeZone: .gmt),
            makeDailyBackup: false)
        defer { try? store.close() }
        #expect(try store.integrityCheck().isOK)
        let cursor = try store.reviews(in: Date.distantPast..<Date.distantFuture)
        var reviews: [ReviewRecord] = []
        while let review = try cursor.next() { reviews.append(review) }
        return reviews
    }

    @Test func killNineMidReviewLosesNoAnsweredCardAndLeavesASoundStore() throws {
        let data = temporaryDataDirectory()
        let process = try startReview(data: data)
        var driver = ReviewDriver()
        let answered = driver.answer(cards: 7, in: process)
        #expect(answered)
        // The eighth card is on screen: seven answers are committed and the process waits to read.
        let nextShown = driver.waitForPrompt(process)
        #expect(nextShown)
        let during = StoreDiagnosis.examine(directory: data)
        #expect(during.reviewCount == 7)
        guard case .held(let holder?) = during.session else {
            Issue.record("the running session was not seen: \(during.session)")
            return
        }
        #expect(holder.pid == process.process.processIdentifier)

        process.signal(SIGKILL)
        #expect(process.finish().status == 128 + SIGKILL)
        let reviews = try storedReviews(data)
        #expect(reviews.count == 7)
        #expect(storedAnswersMatch(reviews.map { $0.answer ?? "" }, typed: driver.cardAnswers))
        #expect(Set(reviews.map(\.cardID)).count == 7)
    }

    @Test(arguments: [1, 4])
    func killNineWhileAnAnswerIsBeingSavedLeavesItWholeOrAbsent(answeredFirst: Int) throws {
        let data = temporaryDataDirectory()
        let process = try startReview(data: data)
        var driver = ReviewDriver()
        let answered = driver.answer(cards: answeredFirst, in: process)
        #expect(answered)
        // Type the next answer and its rating, and kill at once: the kill lands while the answer
        // is read, graded or committed.
        guard driver.waitForPrompt(process), let (answer, _) = driver.pending else {
            Issue.record("no next card")
            return
        }
        process.send(answer)
        process.send("")
        process.send("3")
        process.signal(SIGKILL)
        #expect(process.finish().status == 128 + SIGKILL)
        let reviews = try storedReviews(data)
        #expect((answeredFirst...answeredFirst + 1).contains(reviews.count), "\(reviews.count) reviews")
        // Each review is whole: its card's state is the one it recorded.
        let store = try ProgressStore.open(
            directory: data, now: studyMorning, timeZone: .gmt, makeDailyBackup: false)
        for review in reviews {
            #expect(try store.cardState(id: review.cardID) == review.after)
        }
    }

    @Test func ctrlCEndsWithExit130AndKeepsEveryAnswer() throws {
        let data = temporaryDataDirectory()
        let process = try startReview(data: data)
        var driver = ReviewDriver()
        let answered = driver.answer(cards: 3, in: process)
        #expect(answered)
        let nextShown = driver.waitForPrompt(process)
        #expect(nextShown)
        process.signal(SIGINT)
        let (status, _) = process.finish()
        #expect(status == 130)
        #expect(process.text.contains("Session: 3 cards"))
        let reviews = try storedReviews(data)
        #expect(storedAnswersMatch(reviews.map { $0.answer ?? "" }, typed: driver.cardAnswers))
    }

    @Test func aSecondSessionIsToldWhereTheFirstRunsAndTheFirstLosesNothing() throws {
        let data = temporaryDataDirectory()
        let first = try startReview(data: data)
        var driver = ReviewDriver()
        let answered = driver.answer(cards: 2, in: first)
        #expect(answered)
        let nextShown = driver.waitForPrompt(first)
        #expect(nextShown)
        let pid = first.process.processIdentifier
        let host = ProcessInfo.processInfo.hostName
        let expected =
            "palpate: a session is already running (pid \(pid) on \(host) since 09:00 on 2026-01-01). "
            + "Finish it in its terminal first"

        // Another terminal, through the executable…
        let second = try startReview(data: data, now: "2026-01-01T09:05:00Z")
        second.closeInput()
        let (status, errors) = second.finish()
        #expect(status == 1)
        #expect(errors.hasPrefix(expected), "\(errors)")
        // …and in-process, which shows the same.
        let inProcess = runPalpate(
            ["--content", packageRoot.path, "--data-dir", data.path, "exam"], input: ["a"],
            now: studyMorning.addingTimeInterval(300))
        #expect(inProcess.exitCode == .failure)
        #expect(inProcess.errorOutput.hasPrefix(expected))

        // The first session carries on and keeps everything.
        let carriedOn = driver.answer(cards: 2, in: first)
        #expect(carriedOn)
        first.closeInput()
        #expect(first.finish().status == 0)
        #expect(first.text.contains("Session: 4 cards"))
        #expect(
            storedAnswersMatch(try storedReviews(data).map { $0.answer ?? "" }, typed: driver.cardAnswers))
    }

    @Test func bytesThatAreNotUTF8AtThePromptAreAskedAgainNeverGraded() throws {
        let data = temporaryDataDirectory()
        let process = try startReview(data: data)
        var driver = ReviewDriver()
        guard driver.waitForPrompt(process), let (answer, _) = driver.pending else {
            Issue.record("no first card")
            return
        }
        process.send(bytes: [0xFF, 0xFE, 0x61, 0xC3, 0x0A])  // invalid UTF-8, then a line end
        process.send(bytes: Array("\u{1B}[2J\u{1B}]0;owned\u{07}\r\n".utf8))
        process.send(bytes: Array((answer + "\r\n").utf8))  // a Windows line end is fine
        process.send("")
        #expect(
            process.waitForOutput {
                $0.contains("Type your answer again.") && $0.contains("Next review")
                    || $0.contains("rated Again")
            })
        process.closeInput()
        #expect(process.finish().status == 0)
        expectPlainText(process.text, "the executable's output")
        #expect(process.text.contains("that line holds bytes that are not text (not UTF-8)"))
        #expect(process.text.contains("that line holds control keys"))
        let reviews = try storedReviews(data)
        #expect(storedAnswersMatch(reviews.map { $0.answer ?? "" }, typed: [answer]))
    }
}
