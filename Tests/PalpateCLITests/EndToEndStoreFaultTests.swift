import Foundation
import Progress
import Testing

@testable import PalpateCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `setpriv`, to run the executable as an ordinary user when the tests run as root (as in a
/// container), since root may write to any folder whatever its permissions.
private let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}
private let asNobody = [setpriv ?? "", "--reuid=65534", "--regid=65534", "--clear-groups"]

/// Whether the executable and the bundled content can be used as an ordinary user: always when
/// the tests are not root; as `nobody` only when the checkout is open to everyone.
private let canRunAsOrdinaryUser: Bool = {
    guard geteuid() == 0 else { return true }
    guard setpriv != nil, let executable = BuiltExecutable.url else { return false }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: asNobody[0])
    probe.arguments =
        Array(asNobody.dropFirst()) + [
            "/bin/sh", "-c", "test -x \"$0\" && test -r \"$1\"", executable.path,
            packageRoot.appendingPathComponent("Quizzes").path,
        ]
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
}()

/// The store faults only the real executable can meet: a folder it may not write, and writes the
/// system refuses. Both are made for real — permissions for an ordinary user, a file size limit
/// (`ulimit -f`, with SIGXFSZ ignored so the write fails instead of killing the process) — with
/// no privileges and nothing mounted.
@Suite(.enabled(if: BuiltExecutable.url != nil, "\(BuiltExecutable.missing)"))
struct EndToEndStoreFaultTests {
    private let executable = BuiltExecutable.url ?? URL(fileURLWithPath: "/nonexistent")

    /// A data folder holding a store with one answered card.
    private func studiedFolder() throws -> URL {
        let data = temporaryDataDirectory()
        let run = try RunningPalpate(
            ["--content", packageRoot.path, "--data-dir", data.path, "review"],
            environment: ["PALPATE_NOW": "2026-01-01T09:00:00Z"], executable: executable)
        var driver = ReviewDriver()
        let answered = driver.answer(cards: 1, in: run)
        #expect(answered)
        run.closeInput()
        #expect(run.finish().status == 0)
        return data
    }

    @Test(
        .enabled(
            if: canRunAsOrdinaryUser,
            "running as root, and setpriv is missing or the checkout is closed to other users"))
    func aReadOnlyDataFolderIsReportedAndLeftAsItWas() throws {
        let data = try studiedFolder()
        let database = data.appendingPathComponent("progress.sqlite")
        let before = fileBytes(database)
        chmod(data.path, 0o555)
        defer { chmod(data.path, 0o755) }
        let prefix = geteuid() == 0 ? asNobody : []
        for arguments in [["review"], ["exam", "--count", "2"], ["config", "name", "Ada"], ["restore"]] {
            let run = try RunningPalpate(
                ["--content", packageRoot.path, "--data-dir", data.path] + arguments,
                environment: ["PALPATE_NOW": "2026-01-02T09:00:00Z", "HOME": data.path],
                executable: executable,
                prefix: prefix)
            run.send("a")
            run.closeInput()
            let (status, errors) = run.finish()
            #expect(status == 1, "\(arguments)")
            #expect(errors.hasPrefix("palpate: cannot write to \(data.path)"), "\(arguments): \(errors)")
            #expect(errors.contains("it is read-only"), "\(arguments): \(errors)")
        }
        #expect(fileBytes(database) == before)
        // doctor only reads, so it still works there.
        let doctor = try RunningPalpate(
            ["--data-dir", data.path, "doctor"], environment: ["HOME": data.path], executable: executable,
            prefix: prefix)
        let (status, _) = doctor.finish()
        #expect(status == 0)
        #expect(doctor.text.contains("Integrity check: ok.\n  1 card, 1 review."))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: data.path).sorted() == [
                "progress.sqlite", "session.lock",
            ])
    }

    @Test func aWriteTheSystemRefusesEndsTheSessionClearlyAndKeepsEverySavedAnswer() throws {
        let data = try studiedFolder()
        // 256 blocks of 512 bytes: the write-ahead log fills up after a few answers.
        let limited = ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 256; exec \"$0\" \"$@\""]
        let run = try RunningPalpate(
            ["--content", packageRoot.path, "--data-dir", data.path, "review"],
            environment: ["PALPATE_NOW": "2026-01-01T10:00:00Z"], executable: executable, prefix: limited)
        var driver = ReviewDriver()
        let finishedAll = driver.answer(cards: 60, in: run)
        let (status, errors) = run.finish()
        #expect(!finishedAll, "the size limit was never reached")
        #expect(status == 1)
        #expect(errors.contains("palpate: could not write to \(data.path)/progress.sqlite"), "\(errors)")
        #expect(errors.contains("may not have been saved; everything saved before it is intact"))

        let store = try ProgressStore.open(
            directory: data, now: studyMorning, timeZone: .gmt, makeDailyBackup: false)
        #expect(try store.integrityCheck().isOK)
        let cursor = try store.reviews(in: Date.distantPast..<Date.distantFuture)
        var reviews: [ReviewRecord] = []
        while let review = try cursor.next() { reviews.append(review) }
        // The first session's card, every answer the session went past, and perhaps the one the
        // failing write was saving — never half of one.
        let sent = driver.cardAnswers.count
        #expect((sent...(sent + 1)).contains(reviews.count), "\(reviews.count) reviews, \(sent) answers sent")
        #expect(
            storedAnswersMatch(
                Array(reviews.dropFirst().map { $0.answer ?? "" }.prefix(sent - 1)),
                typed: Array(driver.cardAnswers.prefix(sent - 1))))
        for review in reviews where try store.reviews(ofCard: review.cardID).last == review {
            #expect(try store.cardState(id: review.cardID) == review.after)
        }
    }
}
