import Foundation
import Scheduling

extension ProgressStore {
    /// Every stored card, by id. Start-up reads this table only, never the review log.
    ///
    /// A card of a deck with no entry here has never been reviewed or marked: it is new.
    public func cardStates() throws(StoreError) -> [String: CardState] {
        let cards = try cardStateList()
        var byID: [String: CardState] = [:]
        byID.reserveCapacity(cards.count)
        for card in cards { byID[card.cardID] = card }
        return byID
    }

    /// Every stored card, in no particular order: for a caller that visits each card once (the
    /// queue), which then needs no dictionary of them.
    public func cardStateList() throws(StoreError) -> [CardState] {
        try perform {
            var cards: [CardState] = []
            try database.forEachRow("SELECT card_id, \(CardState.columnList()) FROM cards") {
                row throws(DatabaseError) in
                if let card = try CardState(cardID: row.text(0), statement: row, from: 1) {
                    cards.append(card)
                }
            }
            return cards
        }
    }

    public func cardState(id cardID: String) throws(StoreError) -> CardState? {
        try perform { try card(cardID) }
    }

    /// Keeps a card out of every queue until `unsuspend`.
    public func suspend(cardID: String, now: Date) throws(StoreError) {
        try updateCard(cardID, now: now) { $0.suspended = true }
    }

    public func unsuspend(cardID: String, now: Date) throws(StoreError) {
        try updateCard(cardID, now: now) { $0.suspended = false }
    }

    /// Keeps a card out of the queue until `until` (e.g. the start of the next study day).
    public func bury(cardID: String, until: Date, now: Date) throws(StoreError) {
        try updateCard(cardID, now: now) { $0.buriedUntil = until }
    }

    /// Marks a card as a leech, and suspends it too when `suspend` is true (Anki's default).
    public func markLeech(cardID: String, suspend: Bool, now: Date) throws(StoreError) {
        try updateCard(cardID, now: now) { card in
            card.leech = true
            if suspend { card.suspended = true }
        }
    }

    /// Clears every mark the student or the leech rule put on a card: suspended, leech, buried.
    /// The schedule is left as it is.
    public func restore(cardID: String, now: Date) throws(StoreError) {
        try updateCard(cardID, now: now) { card in
            card.suspended = false
            card.leech = false
            card.buriedUntil = nil
        }
    }

    /// Applies `change` to the stored card, or to a new card due `now` when there is none yet.
    private func updateCard(_ cardID: String, now: Date, _ change: (inout CardState) -> Void)
        throws(StoreError)
    {
        try write {
            var card = try card(cardID) ?? CardState.new(cardID: cardID, due: now)
            change(&card)
            try saveCard(card)
        }
    }

    func card(_ cardID: String) throws(DatabaseError) -> CardState? {
        try database.queryFirst(
            "SELECT \(CardState.columnList()) FROM cards WHERE card_id = ?", [SQLValue(cardID)]
        ) { row throws(DatabaseError) in try CardState(cardID: cardID, statement: row, from: 0) } ?? nil
    }

    /// Inserts or replaces the card's whole row.
    func saveCard(_ card: CardState) throws(DatabaseError) {
        try database.execute(Self.saveCardSQL, [SQLValue(card.cardID)] + card.columnValues)
    }

    /// The upsert `saveCard` runs, built once.
    static let saveCardSQL: String = {
        let placeholders = Array(repeating: "?", count: Schema.cardColumns.count + 1).joined(separator: ", ")
        let updates = Schema.cardColumns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return """
            INSERT INTO cards (card_id, \(CardState.columnList())) VALUES (\(placeholders))
            ON CONFLICT (card_id) DO UPDATE SET \(updates)
            """
    }()
}
