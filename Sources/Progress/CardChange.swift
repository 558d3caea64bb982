import Foundation

/// A change a student made to one card by hand (`palpate card ID --suspend` …), with the card as
/// it was before and after, so it can be shown and undone exactly.
public struct CardChange: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        /// New again: schedule, reps, lapses and every mark cleared; the review log is kept.
        case reset
        case suspend
        case unsuspend
        /// Out of the queue until a given moment (the next study day).
        case bury
    }

    public var cardID: String
    public var action: Action
    /// `nil` when the card had no row yet (never reviewed nor marked).
    public var before: CardState?
    /// `nil` only when the change left a card without a row as it was.
    public var after: CardState?
    public var madeAt: Date

    public init(cardID: String, action: Action, before: CardState?, after: CardState?, madeAt: Date) {
        self.cardID = cardID
        self.action = action
        self.before = before
        self.after = after
        self.madeAt = madeAt
    }

    /// True when the card was already as the action leaves it, so nothing was written.
    public var changedNothing: Bool { before == after }
}

/// What `undoCardChange` found.
public enum CardUndoOutcome: Sendable, Equatable {
    /// The card is back as it was before `change`.
    case undone(CardChange)
    /// No change to this card is saved (none was made, or it was undone already).
    case nothingSaved
    /// The card changed after `change` (a review, another session): undoing would lose that, so
    /// nothing was done. `current` is the card as it is now.
    case changedSince(CardChange, current: CardState?)
}

extension CardChange.Action {
    /// The card after the action; `bury` uses `buryUntil`. A card without a row starts as new, due `now`.
    func apply(to card: CardState?, cardID: String, now: Date, buryUntil: Date) -> CardState? {
        switch self {
        case .reset:
            // A card that is already new and unmarked stays as it is (no row is created for it).
            if card.map(\.isPristineNew) ?? true { return card }
            return .new(cardID: cardID, due: now)
        case .suspend:
            var changed = card ?? .new(cardID: cardID, due: now)
            changed.suspended = true
            return card?.suspended == true ? card : changed
        case .unsuspend:
            guard var changed = card, changed.suspended else { return card }
            changed.suspended = false
            return changed
        case .bury:
            var changed = card ?? .new(cardID: cardID, due: now)
            if let until = changed.buriedUntil, until >= buryUntil { return card }
            changed.buriedUntil = buryUntil
            return changed
        }
    }
}

extension CardState {
    /// Never reviewed and carrying no mark: what a reset would make it.
    var isPristineNew: Bool {
        schedule.isNew && reps == 0 && lapses == 0 && !suspended && !leech && buriedUntil == nil
    }
}
