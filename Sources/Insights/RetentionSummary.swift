import Progress
import Scheduling

/// Reviews of graduated cards and how many of them were recalled.
public struct RetentionTally: Sendable, Equatable {
    public var reviews = 0
    public var recalled = 0

    public init(reviews: Int = 0, recalled: Int = 0) {
        self.reviews = reviews
        self.recalled = recalled
    }

    /// The share recalled, or `nil` with no reviews (so "no data" is never shown as 0 %).
    public var rate: Double? { reviews == 0 ? nil : Double(recalled) / Double(reviews) }

    mutating func count(recalled wasRecalled: Bool) {
        reviews += 1
        if wasRecalled { recalled += 1 }
    }
}

/// True retention: of the reviews of cards that had graduated (phase `review` before the answer),
/// the share not rated Again — the figure FSRS's desired retention aims at. Learning steps are
/// left out because they measure short-term memory, not retention.
public struct RetentionSummary: Sendable, Equatable {
    public var overall = RetentionTally()
    public var byDeck: [String: RetentionTally] = [:]
    public var byTag: [String: RetentionTally] = [:]

    public init() {}

    /// Counts one review, if it was of a graduated card. Cards no longer in a deck count in the
    /// overall figure and under the deck named by their id.
    public mutating func add(_ review: ReviewRecord, catalog: CardCatalog) {
        guard review.before?.schedule.phase == .review, review.before?.schedule.isNew == false else { return }
        let recalled = review.rating != .again
        overall.count(recalled: recalled)
        let entry = catalog[review.cardID]
        let deck = entry?.deck.id ?? String(review.cardID.prefix { $0 != "/" })
        byDeck[deck, default: RetentionTally()].count(recalled: recalled)
        for tag in Set(entry?.question.tags ?? []) {
            byTag[tag, default: RetentionTally()].count(recalled: recalled)
        }
    }
}
