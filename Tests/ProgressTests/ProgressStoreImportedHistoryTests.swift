import Foundation
import Scheduling
import Testing

@testable import Progress

/// Reviews made elsewhere (Anki, a replay CSV) added to the log: once, in time order, with each
/// card's state worked out again from its whole history.
@Suite struct ProgressStoreImportedHistoryTests {
    private let scheduler = FSRSScheduler()
    private let start = Instant(microsecondsSince1970: 1_767_603_600_000_000)
    private let day: Int64 = 86_400_000_000

    private func reviews(_ card: String, _ ratings: [(Int64, Rating)]) -> [HistoryReview] {
        ratings.map {
            HistoryReview(
                cardID: card,
                reviewedAt: Instant(microsecondsSince1970: start.microsecondsSince1970 + $0.0 * day),
                rating: $0.1, durationMilliseconds: 4_000)
        }
    }

    @Test func eachCardEndsWhereReplayingItsWholeHistoryLeavesIt() throws {
        let store = try ProgressStore.inMemory()
        let history =
            reviews("a", [(0, .good), (1, .good), (4, .again), (5, .good)]) + reviews("b", [(0, .easy)])
        let count = try store.importHistory(history, scheduler: scheduler)
        #expect(count == HistoryImportCount(added: 5, alreadyKept: 0, cards: 2))
        let card = try #require(try store.cardState(id: "a"))
        let replayed = try #require(
            scheduler.schedule(replaying: history.prefix(4).map { ($0.reviewedAt, $0.rating) }, cardID: "a"))
        #expect(card.schedule == replayed)
        #expect(card.reps == 4)
        #expect(card.lapses == 1)
        let log = try store.reviews(ofCard: "a")
        #expect(log.map(\.rating) == [.good, .good, .again, .good])
        #expect(log.map(\.durationMilliseconds) == [4_000, 4_000, 4_000, 4_000])
        #expect(log.last?.after == card)
        #expect(log.first?.before == nil)
    }

    @Test func importingTheSameHistoryTwiceAddsNothingTheSecondTime() throws {
        let store = try ProgressStore.inMemory()
        let history = reviews("a", [(0, .good), (3, .hard)])
        _ = try store.importHistory(history, scheduler: scheduler)
        let before = try store.cardState(id: "a")
        let again = try store.importHistory(history, scheduler: scheduler)
        #expect(again == HistoryImportCount(added: 0, alreadyKept: 2, cards: 0))
        #expect(try store.reviews(ofCard: "a").count == 2)
        #expect(try store.cardState(id: "a") == before)
    }

    @Test func reviewsFromElsewhereJoinThoseMadeHereInTimeOrder() throws {
        let store = try ProgressStore.inMemory()
        // Studied here on day 10, then Anki's older reviews (days 0 and 2) arrive.
        _ = try store.importHistory(reviews("a", [(10, .good)]), scheduler: scheduler)
        let count = try store.importHistory(
            reviews("a", [(0, .good), (2, .again), (10, .good)]), scheduler: scheduler)
        #expect(count == HistoryImportCount(added: 2, alreadyKept: 1, cards: 1))
        let card = try #require(try store.cardState(id: "a"))
        let all = reviews("a", [(0, .good), (2, .again), (10, .good)]).map { ($0.reviewedAt, $0.rating) }
        #expect(card.schedule == scheduler.schedule(replaying: all, cardID: "a"))
        #expect(card.reps == 3)
    }

    @Test func aFailureKeepsNothingOfTheImport() throws {
        let store = try ProgressStore.inMemory()
        // An empty card id breaks the cards table's CHECK: the whole import is rolled back.
        let history = reviews("a", [(0, .good)]) + reviews("", [(1, .good)])
        #expect(throws: StoreError.self) { try store.importHistory(history, scheduler: scheduler) }
        #expect(try store.reviews(ofCard: "a").isEmpty)
        #expect(try store.cardState(id: "a") == nil)
    }
}
