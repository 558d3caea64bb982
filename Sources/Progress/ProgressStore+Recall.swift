import Foundation

/// How often one card was recalled in its reviews as a graduated card.
public struct RecallCount: Sendable, Equatable {
    public let cardID: String
    /// Reviews made while the card was in the review phase (learning steps left out).
    public let reviews: Int
    /// Those not rated Again.
    public let recalled: Int

    public init(cardID: String, reviews: Int, recalled: Int) {
        self.cardID = cardID
        self.reviews = reviews
        self.recalled = recalled
    }
}

extension ProgressStore {
    /// Per card, the reviews of graduated cards in `range` and how many were recalled: the inputs of
    /// true retention, counted in SQL so the dashboard reads one row per card, not per review.
    public func recallCounts(in range: Range<Date>) throws(StoreError) -> [RecallCount] {
        try recallCounts(in: TimeSpan(range))
    }

    public func recallCounts(in span: TimeSpan) throws(StoreError) -> [RecallCount] {
        try perform {
            try database.query(
                """
                SELECT card_id, count(*), sum(rating > 1) FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? AND before_phase = 'review'
                  AND before_last_review IS NOT NULL
                GROUP BY card_id ORDER BY card_id
                """, span.sqlValues
            ) { RecallCount(cardID: $0.text(0), reviews: $0.int(1), recalled: $0.int(2)) }
        }
    }
}
