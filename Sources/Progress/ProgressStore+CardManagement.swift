import Foundation

/// Changing a card by hand, and undoing it.
///
/// The card as it was before the last change is saved in the `settings` table under
/// `card-undo:<card id>` (see `CardChangeRecord`), so no schema change is needed and `settings()`
/// ignores it as a key it does not know. One change per card is kept: a newer change replaces it,
/// and undoing removes it.
extension ProgressStore {
    static let undoKeyPrefix = "card-undo:"

    /// Applies `action` to a card and saves what it was, in one transaction.
    ///
    /// - Parameter buryUntil: when a buried card comes back (`bury` only).
    /// - Returns: the change; when the card already was as `action` leaves it, nothing is written
    ///   (`changedNothing`) and an earlier saved change stays undoable.
    @discardableResult
    public func changeCard(
        _ cardID: String, _ action: CardChange.Action, now: Date, buryUntil: Date? = nil
    ) throws(StoreError) -> CardChange {
        try write {
            let before = try card(cardID)
            let wanted = action.apply(to: before, cardID: cardID, now: now, buryUntil: buryUntil ?? now)
            guard let wanted, wanted != before else {
                return CardChange(cardID: cardID, action: action, before: before, after: before, madeAt: now)
            }
            try saveCard(wanted)
            // Read back as stored (times in whole microseconds), so "unchanged since" compares like
            // with like.
            let after = try card(cardID)
            let change = CardChange(cardID: cardID, action: action, before: before, after: after, madeAt: now)
            try database.execute(
                """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """,
                [SQLValue(Self.undoKeyPrefix + cardID), SQLValue(CardChangeRecord.encode(change))])
            return change
        }
    }

    /// The last change made to a card by hand and not undone yet.
    public func savedCardChange(_ cardID: String) throws(StoreError) -> CardChange? {
        try perform { try savedChange(cardID) }
    }

    /// Puts a card back as it was before its last saved change, when nothing touched it since.
    public func undoCardChange(_ cardID: String) throws(StoreError) -> CardUndoOutcome {
        try write {
            guard let change = try savedChange(cardID) else { return .nothingSaved }
            let current = try card(cardID)
            guard current == change.after else { return .changedSince(change, current: current) }
            if let before = change.before {
                try saveCard(before)
            } else {
                // The card had no row before: it was new and never reviewed, so no review names it.
                try database.execute("DELETE FROM cards WHERE card_id = ?", [SQLValue(cardID)])
            }
            try database.execute(
                "DELETE FROM settings WHERE key = ?", [SQLValue(Self.undoKeyPrefix + cardID)])
            return .undone(change)
        }
    }

    private func savedChange(_ cardID: String) throws(DatabaseError) -> CardChange? {
        let text = try database.queryFirst(
            "SELECT value FROM settings WHERE key = ?", [SQLValue(Self.undoKeyPrefix + cardID)]
        ) { $0.text(0) }
        guard let text else { return nil }
        // A saved change that cannot be read (edited by hand, or from another version) is treated
        // as none: undo then says there is nothing to undo rather than failing.
        return try CardChangeRecord.decode(text, cardID: cardID, database: database)
    }
}
