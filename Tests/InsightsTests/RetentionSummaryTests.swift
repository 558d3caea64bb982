import Foundation
import Progress
import Scheduling
import Testing

@testable import Insights

@Suite struct RetentionSummaryTests {
    @Test func onlyReviewsOfGraduatedCardsCountAndAgainIsForgotten() throws {
        let folder = StoreFolder()
        let store = try folder.open()
        defer { try? store.close() }
        let catalog = CardCatalog(
            library: library(["a": [("x", ["neck", "shared"])], "b": [("y", ["shared", "shared"])]]))
        let graduated = CardSchedule(
            phase: .review, step: nil, stability: 5, difficulty: 5, due: monday,
            lastReview: monday.addingTimeInterval(-days(5)))
        var learning = graduated
        learning.phase = .learning
        // Only a review whose stored state *before* the answer was a graduated card counts.
        let history: [(String, Rating, CardSchedule)] = [
            ("a/x", .good, learning),  // new card: not counted
            ("a/x", .good, graduated),  // a learning step: not counted
            ("a/x", .again, graduated),  // counted, forgotten
            ("a/x", .good, graduated),  // counted, recalled
            ("b/y", .hard, graduated),  // new card: not counted
            ("b/y", .hard, graduated),  // counted, recalled (Hard is still recalled)
            ("gone/z", .easy, graduated),  // new card: not counted
            ("gone/z", .easy, graduated),  // counted under its deck id, though the deck is gone
        ]
        for (offset, (card, rating, schedule)) in history.enumerated() {
            _ = try store.recordReview(
                NewReview(
                    cardID: card, sessionID: nil, reviewedAt: monday.addingTimeInterval(Double(offset) * 60),
                    rating: rating, schedule: schedule))
        }
        var summary = RetentionSummary()
        let cursor = try store.reviewLog(
            in: monday.addingTimeInterval(-60)..<monday.addingTimeInterval(3_600))
        while let review = try cursor.next() { summary.add(review, catalog: catalog) }

        #expect(summary.overall == RetentionTally(reviews: 4, recalled: 3))
        #expect(summary.byDeck["a"] == RetentionTally(reviews: 2, recalled: 1))
        #expect(summary.byDeck["b"] == RetentionTally(reviews: 1, recalled: 1))
        #expect(summary.byDeck["gone"] == RetentionTally(reviews: 1, recalled: 1))
        #expect(summary.byTag["neck"] == RetentionTally(reviews: 2, recalled: 1))
        #expect(summary.byTag["shared"] == RetentionTally(reviews: 3, recalled: 2))
        #expect(summary.overall.rate == 0.75)
        let counted = RetentionSummary(
            try store.recallCounts(in: monday.addingTimeInterval(-60)..<monday.addingTimeInterval(3_600)),
            catalog: catalog)
        #expect(counted == summary)
        #expect(RetentionTally().rate == nil)
    }
}
