import Testing

@testable import Scheduling

@Suite struct PackedScheduleTests {
    @Test func everyScheduleComesBackExactlyAndNoneIsNil() {
        let due = Instant(microsecondsSince1970: 1_736_335_062_123_456)
        let schedules = [
            CardSchedule.new(due: due),
            CardSchedule(
                phase: .review, step: nil, stability: 12.5, difficulty: 4.25, dueInstant: due,
                lastReviewInstant: Instant(microsecondsSince1970: -5)),
            CardSchedule(
                phase: .relearning, step: 2, stability: 0, difficulty: 10, dueInstant: due,
                lastReviewInstant: due),
        ]
        for schedule in schedules {
            #expect(PackedSchedule(schedule).schedule == schedule)
        }
        #expect(PackedSchedule.none.schedule == nil)
        #expect(MemoryLayout<PackedSchedule>.stride <= 40)
        #expect(MemoryLayout<ReplayHistory.Review>.stride == 12)
    }
}
