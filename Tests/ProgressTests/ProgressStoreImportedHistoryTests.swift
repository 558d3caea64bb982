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

    /// A history in which a card lapses eight times leaves it a leech, suspended, as answering
    /// here would have; a card already marked stays as it was and is not counted again, and
    /// without a policy nothing is marked.
    @Test func aCardForgottenEnoughTimesIsMarkedALeechAndSuspended() throws {
        // Learned on day 0, then forgotten after each recall: `lapses` again-ratings in review.
        func forgetting(_ card: String, lapses: Int, from first: Int64 = 0) -> [HistoryReview] {
            var ratings: [(Int64, Rating)] = [(first, .good), (first + 1, .good)]
            for lapse in 0..<lapses {
                let day = first + 10 + Int64(lapse) * 10
                ratings += [(day, .again), (day + 1, .good), (day + 4, .good)]
            }
            return reviews(card, ratings)
        }
        let policy = try LeechPolicy(threshold: 8)
        let store = try ProgressStore.inMemory()
        let count = try store.importHistory(
            forgetting("a", lapses: 8) + forgetting("b", lapses: 7), scheduler: scheduler, leeches: policy)
        #expect(count.leeches == ["a"])
        let leech = try #require(try store.cardState(id: "a"))
        #expect(leech.lapses == 8)
        #expect(leech.leech && leech.suspended)
        #expect(try store.cardState(id: "b").map { !$0.leech && !$0.suspended } == true)

        // More of card a's history: it stays a leech, and is not reported again.
        let later = try store.importHistory(
            forgetting("a", lapses: 1, from: 400), scheduler: scheduler, leeches: policy)
        #expect(later.leeches == [])
        #expect(try store.cardState(id: "a")?.leech == true)

        let unmarked = try ProgressStore.inMemory()
        #expect(try unmarked.importHistory(forgetting("a", lapses: 8), scheduler: scheduler).leeches == [])
        #expect(try unmarked.cardState(id: "a")?.leech == false)
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
