import Testing

@testable import Scheduling

@Suite struct ReplayHeadStartTests {
    private static func headStart() throws -> ReplayHeadStart {
        ReplayHeadStart(scheduler: FSRSScheduler(options: try SchedulerOptions()), seed: nil, capacity: 16)
    }

    /// The reader's log starts in the block the worker makes present; it is given once, so two
    /// logs never share it.
    @Test func givesItsFirstLogBlockOnce() throws {
        let headStart = try Self.headStart()
        var first = headStart.takeReviewLog()
        var second = headStart.takeReviewLog()
        let review = ReplayHistory.Review(id: 1, rating: .good, time: Instant(microsecondsSince1970: 5))
        first.append(review)
        second.append(ReplayHistory.Review(id: 2, rating: .again, time: Instant(microsecondsSince1970: 9)))
        #expect(first[0] == review)
        #expect(second[0] != review)
        var firstStart: UnsafePointer<ReplayHistory.Review>?
        var secondStart: UnsafePointer<ReplayHistory.Review>?
        first.forEachRun(in: 0..<1) { run, _ in firstStart = run.baseAddress }
        second.forEachRun(in: 0..<1) { run, _ in secondStart = run.baseAddress }
        #expect(firstStart != nil && firstStart != secondStart)
    }
}
