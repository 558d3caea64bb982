import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreCardManagementTests {
    /// A card reviewed once, due in two days, with an awkward stability that must survive the trip.
    private func reviewedStore() throws -> ProgressStore {
        let store = try ProgressStore.inMemory()
        let schedule = reviewSchedule(
            at: may1, interval: days(2), stability: 0.1 + 0.2, difficulty: 5.123456789)
        try store.recordReview(
            NewReview(cardID: "d/a", sessionID: nil, reviewedAt: may1, rating: .good, schedule: schedule))
        return store
    }

    @Test func suspendingAndUndoingPutsTheCardBackExactly() throws {
        let store = try reviewedStore()
        let before = try #require(try store.cardState(id: "d/a"))
        let change = try store.changeCard("d/a", .suspend, now: may1 + hours(1))
        #expect(change.before == before)
        #expect(change.after?.suspended == true)
        #expect(try store.savedCardChange("d/a") == change)
        #expect(try store.undoCardChange("d/a") == .undone(change))
        #expect(try store.cardState(id: "d/a") == before)
        #expect(try store.savedCardChange("d/a") == nil)
        #expect(try store.undoCardChange("d/a") == .nothingSaved)
    }

    @Test func resetMakesTheCardNewAndKeepsItsReviews() throws {
        let store = try reviewedStore()
        try store.markLeech(cardID: "d/a", suspend: true, now: may1)
        let change = try store.changeCard("d/a", .reset, now: may1 + hours(2))
        let after = try #require(change.after)
        #expect(after.schedule.isNew && after.reps == 0 && after.lapses == 0)
        #expect(!after.suspended && !after.leech && after.buriedUntil == nil)
        #expect(try store.reviews(ofCard: "d/a").count == 1)
        guard case .undone = try store.undoCardChange("d/a") else {
            Issue.record("the reset was not undone")
            return
        }
        let restored = try #require(try store.cardState(id: "d/a"))
        #expect(restored.reps == 1 && restored.leech && restored.suspended)
        #expect(restored.schedule.stability == 0.1 + 0.2)
    }

    @Test func aCardWithNoRowGetsNoRowBackOnUndo() throws {
        let store = try ProgressStore.inMemory()
        let until = may1 + days(1)
        let change = try store.changeCard("d/new", .bury, now: may1, buryUntil: until)
        #expect(change.before == nil)
        #expect(change.after?.buriedUntil == until)
        #expect(try store.undoCardChange("d/new") == .undone(change))
        #expect(try store.cardState(id: "d/new") == nil)
    }

    @Test func aChangeThatChangesNothingWritesNothingAndKeepsTheEarlierUndo() throws {
        let store = try reviewedStore()
        let suspended = try store.changeCard("d/a", .suspend, now: may1)
        let again = try store.changeCard("d/a", .suspend, now: may1 + hours(1))
        #expect(again.changedNothing)
        #expect(try store.savedCardChange("d/a") == suspended)
        // Unsuspending or resetting a card that was never touched creates no row.
        #expect(try store.changeCard("d/none", .unsuspend, now: may1).changedNothing)
        #expect(try store.changeCard("d/none", .reset, now: may1).changedNothing)
        #expect(try store.cardState(id: "d/none") == nil)
    }

    @Test func undoRefusesWhenTheCardChangedSince() throws {
        let store = try reviewedStore()
        let change = try store.changeCard("d/a", .bury, now: may1, buryUntil: may1 + days(1))
        let schedule = reviewSchedule(at: may1 + hours(3), interval: days(5))
        try store.recordReview(
            NewReview(
                cardID: "d/a", sessionID: nil, reviewedAt: may1 + hours(3), rating: .good, schedule: schedule)
        )
        guard case .changedSince(let saved, let current) = try store.undoCardChange("d/a") else {
            Issue.record("undo went ahead over a later review")
            return
        }
        #expect(saved == change)
        #expect(current?.reps == 2)
        #expect(try store.cardState(id: "d/a")?.reps == 2)
    }

    @Test func aNewerChangeReplacesTheSavedOne() throws {
        let store = try reviewedStore()
        try store.changeCard("d/a", .suspend, now: may1)
        let unsuspended = try store.changeCard("d/a", .unsuspend, now: may1 + hours(1))
        #expect(try store.savedCardChange("d/a") == unsuspended)
        #expect(try store.undoCardChange("d/a") == .undone(unsuspended))
        #expect(try store.cardState(id: "d/a")?.suspended == true)
    }

    @Test func savedChangesAreNotSettings() throws {
        let store = try reviewedStore()
        try store.changeCard("d/a", .suspend, now: may1)
        #expect(try store.settings() == StudentSettings())
    }

    @Test func anUnreadableSavedChangeReadsAsNone() throws {
        let store = try reviewedStore()
        try store.changeCard("d/a", .suspend, now: may1)
        try store.database.execute(
            "UPDATE settings SET value = 'card-change 1\nsuspend\n0\nnone\ni1 i2' WHERE key = 'card-undo:d/a'"
        )
        #expect(try store.savedCardChange("d/a") == nil)
        #expect(try store.undoCardChange("d/a") == .nothingSaved)
    }
}
