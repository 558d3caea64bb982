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

    mutating func add(_ other: RetentionTally) {
        reviews += other.reviews
        recalled += other.recalled
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
    public mutating func add(_ review: ReviewLogEntry, catalog: CardCatalog) {
        guard review.wasGraduated else { return }
        add(
            RecallCount(cardID: review.cardID, reviews: 1, recalled: review.rating == .again ? 0 : 1),
            catalog: catalog)
    }

    /// Adds a card's counts from `ProgressStore.recallCounts(in:)`.
    public mutating func add(_ count: RecallCount, catalog: CardCatalog) {
        let tally = RetentionTally(reviews: count.reviews, recalled: count.recalled)
        overall.add(tally)
        let entry = catalog[count.cardID]
        let deck = entry?.deck.id ?? String(count.cardID.prefix { $0 != "/" })
        byDeck[deck, default: RetentionTally()].add(tally)
        for tag in Set(entry?.question.tags ?? []) {
            byTag[tag, default: RetentionTally()].add(tally)
        }
    }

    /// The summary of a store's counts, e.g. over the last 30 days.
    public init(_ counts: [RecallCount], catalog: CardCatalog) {
        for count in counts { add(count, catalog: catalog) }
    }
}
