import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreCardsTests {
    @Test func suspendingAnUnseenCardStoresItAsNewAndSuspended() throws {
        let store = try ProgressStore.inMemory()
        try store.suspend(cardID: "deck/q9", now: may1)
        let card = try #require(try store.cardState(id: "deck/q9"))
        #expect(card.suspended)
        #expect(card.schedule.isNew)
        try store.unsuspend(cardID: "deck/q9", now: may1)
        #expect(try store.cardState(id: "deck/q9")?.suspended == false)
    }

    @Test func theListAndTheDictionaryHoldTheSameCardsAsStored() throws {
        let store = try ProgressStore.inMemory()
        let schedule = reviewSchedule(at: may1, interval: days(2))
        try store.recordReview(
            NewReview(cardID: "d/a", sessionID: nil, reviewedAt: may1, rating: .good, schedule: schedule))
        try store.suspend(cardID: "d/b", now: may1)
        try store.bury(cardID: "d/c", until: may1 + days(1), now: may1)
        let list = try store.cardStateList()
        #expect(list.map(\.cardID).sorted() == ["d/a", "d/b", "d/c"])
        let byID = try store.cardStates()
        for cards in [Dictionary(uniqueKeysWithValues: list.map { ($0.cardID, $0) }), byID] {
            #expect(cards["d/a"]?.schedule == schedule && cards["d/a"]?.reps == 1)
            #expect(cards["d/b"]?.suspended == true && cards["d/b"]?.schedule.isNew == true)
            #expect(cards["d/c"]?.buriedUntil == may1 + days(1))
        }
    }

    /// Times are kept in whole microseconds and read back as such, without a trip through `Date`.
    @Test func storedTimesReadBackToTheMicrosecond() throws {
        let store = try ProgressStore.inMemory()
        let due = Instant(microsecondsSince1970: 1_777_777_777_123_457)
        let reviewed = Instant(microsecondsSince1970: 1_777_000_000_000_001)
        let schedule = CardSchedule(
            phase: .review, step: nil, stability: 3.5, difficulty: 6.25, dueInstant: due,
            lastReviewInstant: reviewed)
        try store.recordReview(
            NewReview(
                cardID: "c", sessionID: nil, reviewedAt: reviewed.date, rating: .good, schedule: schedule))
        let read = try #require(try store.cardStateList().first)
        #expect(read.schedule.dueInstant == due)
        #expect(read.schedule.lastReviewInstant == reviewed)
        #expect(read.schedule.phase == .review && read.schedule.step == nil)
    }

    @Test func buryingLastsUntilTheGivenTime() throws {
        let store = try ProgressStore.inMemory()
        try store.bury(cardID: "c", until: may1 + days(1), now: may1)
        let card = try #require(try store.cardState(id: "c"))
        #expect(card.isBuried(at: may1 + hours(23)))
        #expect(!card.isBuried(at: may1 + days(1)))
    }

    @Test func leechMarksCanSuspendAndRestoreClearsEveryMarkButKeepsTheSchedule() throws {
        let store = try ProgressStore.inMemory()
        let schedule = reviewSchedule(at: may1, interval: days(2))
        try store.recordReview(
            NewReview(cardID: "c", sessionID: nil, reviewedAt: may1, rating: .good, schedule: schedule))
        try store.markLeech(cardID: "c", suspend: true, now: may1)
        try store.bury(cardID: "c", until: may1 + days(1), now: may1)
        let marked = try #require(try store.cardState(id: "c"))
        #expect(marked.leech && marked.suspended && marked.buriedUntil != nil)

        try store.restore(cardID: "c", now: may1)
        let restored = try #require(try store.cardState(id: "c"))
        #expect(!restored.leech && !restored.suspended && restored.buriedUntil == nil)
        #expect(restored.schedule == schedule)
        #expect(restored.reps == 1)
    }

    @Test func markingALeechWithoutSuspendingLeavesItInTheQueue() throws {
        let store = try ProgressStore.inMemory()
        try store.markLeech(cardID: "c", suspend: false, now: may1)
        #expect(try store.cardState(id: "c")?.suspended == false)
        #expect(try store.cardState(id: "c")?.leech == true)
    }
}
