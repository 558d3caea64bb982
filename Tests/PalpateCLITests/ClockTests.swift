import Foundation
import Progress
import Reports
import Scheduling
import Testing

@testable import PalpateCLI

/// A clock that moves as the test says between readings, backwards included.
private final class SteppingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private let step: TimeInterval

    init(from start: Date, step: TimeInterval) {
        current = start
        self.step = step
    }

    func read() -> Date {
        lock.lock()
        defer { lock.unlock() }
        let now = current
        current += step
        return now
    }
}

private func iso(_ text: String) -> Date { (try? ISOTimestamp.parse(text).date) ?? .distantPast }

/// Fails on a negative number in what the student sees ("-1260s", "in -3 days").
private func expectNoNegativeTime(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let negative = text.firstMatch(of: /(^|[\s(])-[0-9]/)
    #expect(negative == nil, "a negative time was shown: \(text)", sourceLocation: sourceLocation)
}

/// Everything the store holds that a clock could make negative.
private func expectNoNegativeIntervals(_ student: Student, sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let store = try student.store()
    let cursor = try store.reviews(in: Date.distantPast..<Date.distantFuture)
    while let review = try cursor.next() {
        #expect((review.durationMilliseconds ?? 0) >= 0, sourceLocation: sourceLocation)
        #expect(
            review.after.schedule.due > review.reviewedAt, "\(review.cardID)", sourceLocation: sourceLocation)
    }
    for session in try store.sessions(in: Date.distantPast..<Date.distantFuture) {
        if let ended = session.endedAt { #expect(ended >= session.startedAt, sourceLocation: sourceLocation) }
    }
}

@Suite struct ClockTests {
    @Test func aClockSetBeforeTheLastReviewNeitherCrashesNorGoesNegative() throws {
        let student = Student()
        let day10 = iso("2026-01-10T09:00:00Z")
        let first = student.review(
            [
                try student.correctAnswer("mc", at: day10), "", try student.correctAnswer("tf", at: day10),
                "", "q",
            ],
            at: day10)
        #expect(first.exitCode == .success)
        // PALPATE_NOW three days earlier: the answered cards are not due, the new ones are.
        let earlier = day10.addingTimeInterval(-3 * 86_400)
        let back = student.review([try student.correctAnswer("match", at: earlier), "", "q"], at: earlier)
        #expect(back.exitCode == .success)
        #expect(back.output.contains("Match the muscle to its zone."))
        #expect(!back.output.contains("Which is palpable?"))
        expectNoNegativeTime(back.output)
        // And forward again: everything is due and graded normally.
        let later = day10.addingTimeInterval(86_400)
        let forward = student.review(try student.allCorrect(at: later), at: later)
        #expect(forward.exitCode == .success)
        #expect(forward.output.contains("Which is palpable?"))
        try expectNoNegativeIntervals(student)
        let store = try student.store()
        // The card first answered "in the future" keeps a sound, growing schedule.
        let mc = try store.reviews(ofCard: "mini/mc")
        #expect(mc.count >= 2)
        #expect(mc.allSatisfy { $0.after.schedule.stability ?? 0 > 0 })
    }

    @Test func aClockRunningBackwardsDuringASessionShowsNoNegativeTime() throws {
        let student = Student()
        // Each reading is a minute earlier than the one before, as after a bad clock sync.
        let clock = SteppingClock(from: iso("2026-01-10T09:00:00Z"), step: -60)
        let input = try student.allCorrect(at: iso("2026-01-10T09:00:00Z"))
        let output = BufferOutput()
        let errors = BufferOutput()
        let context = AppContext(
            arguments: ["--content", studyCourse.path, "--data-dir", student.data.path, "review"],
            currentDirectory: packageRoot, packageRoot: packageRoot, input: ScriptedInput(input + ["q"]),
            output: output, errorOutput: errors, clock: { clock.read() })
        #expect(PalpateApp.run(context) == .success)
        #expect(output.text.contains("Session: "))
        expectNoNegativeTime(output.text)
        try expectNoNegativeIntervals(student)
    }

    @Test func changingTimeZoneBetweenSessionsKeepsDueTimesAndCountsTheNewZonesDay() throws {
        let student = Student()
        #expect(
            runPalpate(["--data-dir", student.data.path, "config", "new-per-day", "2"]).exitCode == .success)
        // 23:30 in Berlin on 10 January: two new cards, the day's limit.
        let berlinEvening = iso("2026-01-10T22:30:00Z")
        let berlin = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "review"],
            input: ScriptedInput([try student.correctAnswer("mc", at: berlinEvening), "", "q"]),
            now: berlinEvening, timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(berlin.output.contains("Next review: in 10 minutes."))
        // Twenty minutes later the student is in Tokyo, where it is 07:50 on 11 January — a study
        // day that began (04:00 Tokyo) before the Berlin answer, so it counts: one new card left.
        let tokyoMorning = berlinEvening.addingTimeInterval(20 * 60)
        let tokyo = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "review"],
            input: ScriptedInput(["q"]), now: tokyoMorning, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(tokyo.exitCode == .success)
        // The learning step due ten minutes after the answer is due whatever the zone.
        #expect(tokyo.output.contains("Which is palpable?"))
        #expect(tokyo.output.contains("· learning"))
        try expectNoNegativeIntervals(student)
    }

    @Test(arguments: [
        // Spring forward: 02:00 does not exist on 29 March; that day begins at 03:00 CEST.
        ("2026-03-29T00:30:00Z", "2026-03-29T01:10:00Z", true),
        // Fall back: 02:00 happens twice on 25 October; the day begins at the first.
        ("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", false),
    ])
    func studyDaysStartingInADaylightSavingChangeResetLimitsOnce(first: String, second: String, resets: Bool)
        throws
    {
        let student = Student()
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        for (key, value) in [("new-per-day", "1"), ("day-starts-at", "2"), ("learning-steps", "none")] {
            #expect(runPalpate(["--data-dir", student.data.path, "config", key, value]).exitCode == .success)
        }
        let start = iso(first)
        let before = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "review"],
            input: ScriptedInput([try student.correctAnswer("mc", at: start), "", "q"]), now: start,
            timeZone: berlin)
        #expect(before.output.contains("· new card"))
        let after = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "review"],
            input: ScriptedInput(["q"]),
            now: iso(second), timeZone: berlin)
        #expect(after.exitCode == .success)
        #expect(after.output.contains("· new card") == resets, "\(after.output)")
        try expectNoNegativeIntervals(student)
    }

    /// Issue 15, finding 4: reviews after `Date.distantFuture` (4001-01-01) vanished from the
    /// report and history while the store held them.
    @Test func reviewsAfterTheYear4000AppearEverywhere() throws {
        let student = Student()
        let far = iso("4001-06-01T10:00:00Z")
        let review = student.review(try student.allCorrect(at: far), at: far)
        #expect(review.exitCode == .success)
        let base = ["--content", studyCourse.path, "--data-dir", student.data.path]
        let json = runPalpate(base + ["report", "--format", "json"], now: far.addingTimeInterval(60))
        let report = try ReportJSON.decode(Array(json.output.utf8), file: "report.json")
        let stored = try student.store().studyCounts(in: .all).total
        #expect(stored >= 5)
        #expect(report.totals.reviews == stored)
        #expect(report.reviews.count == stored)
        let history = runPalpate(base + ["history"], now: far.addingTimeInterval(60))
        #expect(!history.output.contains("No sessions yet"), "\(history.output)")
        #expect(history.output.contains("4001-06-01"), "\(history.output)")
        let stats = runPalpate(base + ["stats"], now: far.addingTimeInterval(60))
        #expect(stats.exitCode == .success)
        #expect(stats.output.contains("5"), "\(stats.output)")
    }

    /// The system calendar turns Julian before 1582 (0001-01-01 was named 0001-01-03): a clock
    /// before 1970 is refused with a clear message rather than days named wrongly.
    @Test func aClockBefore1970IsRefusedClearly() {
        for now in ["0001-01-01T05:00Z", "1969-12-31T23:59:59Z"] {
            let run = runPalpate(
                ["--data-dir", temporaryDataDirectory().path, "today"], environment: ["PALPATE_NOW": now])
            #expect(run.exitCode == .usage, "\(now)")
            #expect(
                run.errorOutput.contains("before 1970-01-01T00:00:00Z; palpate counts study days from 1970"))
            #expect(!run.output.contains("0001-01-03"))
        }
        let since = runPalpate(
            [
                "--data-dir", temporaryDataDirectory().path, "report", "--format", "csv", "--since",
                "1969-12-31",
            ])
        #expect(since.exitCode == .usage)
        #expect(since.errorOutput.contains("--since must be 1970-01-01 or later"))
        let epoch = runPalpate(
            ["--data-dir", temporaryDataDirectory().path, "today"],
            environment: ["PALPATE_NOW": "1970-01-01T00:00Z"])
        #expect(epoch.exitCode == .success)
    }
}
