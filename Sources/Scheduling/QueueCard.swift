import Foundation

/// A card as the daily queue sees it: where it belongs, how it is scheduled, and whether the
/// student has set it aside.
public struct QueueCard: Sendable, Equatable, Identifiable {
    /// `deck-id/question-id`.
    public let id: String
    public let deckID: String
    /// Where its deck comes in the curriculum (the deck's `order`, as a rank: lower first). New
    /// cards take turns between decks in this order.
    public let deckOrder: Int
    /// Where the question comes in its deck's curriculum; new cards are introduced in this order.
    public let curriculumOrder: Int
    /// `nil` for a card never reviewed.
    public let schedule: CardSchedule?
    public let isSuspended: Bool
    /// Hidden until this moment (e.g. a sibling was just shown); `nil` when not buried.
    public let buriedUntil: Date?
    /// How many times the card was forgotten after graduating.
    public let lapses: Int

    public init(
        id: String, deckID: String, deckOrder: Int = 0, curriculumOrder: Int, schedule: CardSchedule?,
        isSuspended: Bool = false, buriedUntil: Date? = nil, lapses: Int = 0
    ) {
        self.id = id
        self.deckID = deckID
        self.deckOrder = deckOrder
        self.curriculumOrder = curriculumOrder
        self.schedule = schedule
        self.isSuspended = isSuspended
        self.buriedUntil = buriedUntil
        self.lapses = lapses
    }

    /// Never reviewed: no schedule, or one that has not seen a review yet.
    public var isNew: Bool { schedule?.isNew ?? true }
}
