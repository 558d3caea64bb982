import Foundation
import Testing

@testable import Scheduling

@Suite struct CardScheduleTests {
    @Test func newCardIsLearningAtStepZero() {
        let card = CardSchedule.new(due: Date(timeIntervalSince1970: 0))
        #expect(card.phase == .learning)
        #expect(card.step == 0)
        #expect(card.isNew)
    }

    /// A review a hundred years out from 2120 lands past 2137, where `Date` blurs microseconds.
    @Test func keepsMicrosecondsWhereDateCannot() {
        let farAway = Instant(microsecondsSince1970: 7_258_118_400_000_001)  // 2200-01-01T00:00:00.000001Z
        let card = CardSchedule.new(due: farAway)
        #expect(card.dueInstant == farAway)
        #expect(abs(card.due.timeIntervalSince1970 - 7_258_118_400.000001) < 1e-5)
    }

    @Test func dateAccessorsWriteThrough() {
        var card = CardSchedule.new(due: Date(timeIntervalSince1970: 0))
        card.due = Date(timeIntervalSince1970: 1.5)
        card.lastReview = Date(timeIntervalSince1970: 1)
        #expect(card.dueInstant == Instant(microsecondsSince1970: 1_500_000))
        #expect(card.lastReviewInstant == Instant(microsecondsSince1970: 1_000_000))
        #expect(!card.isNew)
    }
}
