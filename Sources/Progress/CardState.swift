import Foundation
import Scheduling

/// Everything the store keeps about one card: its FSRS schedule plus the student's own marks.
public struct CardState: Sendable, Equatable {
    /// `deck-id/question-id`.
    public var cardID: String
    public var schedule: CardSchedule
    /// How many times the card has been reviewed.
    public var reps: Int
    /// How many times the card was forgotten after graduating (Again while in review).
    public var lapses: Int
    /// Kept out of every queue until unsuspended.
    public var suspended: Bool
    /// Forgotten so often that studying it the same way is wasting time.
    public var leech: Bool
    /// Kept out of the queue until this instant (e.g. sibling cards until tomorrow).
    public var buriedUntil: Date?

    public init(
        cardID: String, schedule: CardSchedule, reps: Int = 0, lapses: Int = 0, suspended: Bool = false,
        leech: Bool = false, buriedUntil: Date? = nil
    ) {
        self.cardID = cardID
        self.schedule = schedule
        self.reps = reps
        self.lapses = lapses
        self.suspended = suspended
        self.leech = leech
        self.buriedUntil = buriedUntil
    }

    /// A card never reviewed, due at `due`.
    public static func new(cardID: String, due: Date) -> CardState {
        CardState(cardID: cardID, schedule: .new(due: due))
    }

    /// True while a bury is still in force at `now`.
    public func isBuried(at now: Date) -> Bool { buriedUntil.map { now < $0 } ?? false }
}
