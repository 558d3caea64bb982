import Testing

@testable import Scheduling

@Suite struct TrainingSetTests {
    static let day = Instant.microsecondsPerDay
    static let hour: Int64 = 3_600_000_000

    static func review(_ card: Int, _ micros: Int64, _ rating: Rating) -> OptimizerReview {
        OptimizerReview(card: card, time: Instant(microsecondsSince1970: micros), rating: rating)
    }

    @Test func oneItemPerReviewADayOrMoreAfterTheCardsPrevious() {
        // Card 7: learnt with two same-day reviews, then 23 h later (0 days), then 25 h later.
        // Card 9: given out of order in the file; its reviews are put in time order.
        let set = TrainingSet(reviews: [
            Self.review(7, 0, .again),
            Self.review(7, 10 * 60_000_000, .good),
            Self.review(9, 5 * Self.day, .good),
            Self.review(7, 23 * Self.hour, .good),
            Self.review(9, 2 * Self.day, .hard),
            Self.review(7, 48 * Self.hour, .again),
            Self.review(9, 9 * Self.day + Self.hour, .easy),
        ])
        #expect(set.reviewCount == 7)
        #expect(set.cardCount == 2)
        #expect(set.itemCount == 3)
        // In order of review time: card 7 at 48 h, card 9 on day 5, card 9 on day 9.
        #expect(set.reviews(ofItem: 0).map { [$0.rating, $0.days] } == [[1, 0], [3, 0], [3, 0], [1, 1]])
        #expect(set.reviews(ofItem: 1).map { [$0.rating, $0.days] } == [[2, 0], [3, 3]])
        #expect(set.reviews(ofItem: 2).map { [$0.rating, $0.days] } == [[2, 0], [3, 3], [4, 4]])
    }

    @Test func itemsOfTheSharedHistoryMatchFSRSRSPython() throws {
        let expected = try OptimizerExpectations.load()
        let set = TrainingSet(reviews: try OptimizerExpectations.realReviews())
        #expect(set.itemCount == expected.items)
        for (index, item) in expected.firstItems.enumerated() {
            #expect(set.reviews(ofItem: index).map { [$0.rating, $0.days] } == item)
        }
    }
}
