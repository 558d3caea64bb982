import Foundation

/// A `CardChange` written as text for the `settings` table, exactly enough to undo it.
///
/// Four lines: `card-change 1`, the action, the time in microseconds, then `before` and `after`
/// rows as the card's column values separated by spaces (`-` for NULL, `i12`, `r0.25`, `tlearning`),
/// or `none` when there was no row. Doubles are written in Swift's shortest round-tripping form,
/// so a stability reads back bit for bit.
enum CardChangeRecord {
    static let header = "card-change 1"

    static func encode(_ change: CardChange) -> String {
        [
            header, change.action.rawValue, "\(StoredTime.microseconds(of: change.madeAt))",
            row(change.before), row(change.after),
        ].joined(separator: "\n")
    }

    /// The change, or `nil` when `text` is not a record this version wrote.
    static func decode(_ text: String, cardID: String, database: Database) throws(DatabaseError)
        -> CardChange?
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count == 5, lines[0] == header, let action = CardChange.Action(rawValue: lines[1]),
            let micros = Int64(lines[2])
        else { return nil }
        guard let before = try card(lines[3], cardID: cardID, database: database),
            let after = try card(lines[4], cardID: cardID, database: database)
        else { return nil }
        return CardChange(
            cardID: cardID, action: action, before: before.state, after: after.state,
            madeAt: StoredTime.date(microseconds: micros))
    }

    private static func row(_ card: CardState?) -> String {
        guard let card else { return "none" }
        return card.columnValues.map { value in
            switch value {
            case .null: "-"
            case .integer(let number): "i\(number)"
            case .real(let number): "r\(number)"
            case .text(let text): "t\(text)"
            case .blob: "-"  // no card column is a blob
            }
        }.joined(separator: " ")
    }

    /// A decoded row: `state` is `nil` for `none`. The outer optional is `nil` when unreadable.
    private struct Decoded { var state: CardState? }

    private static func card(_ text: String, cardID: String, database: Database) throws(DatabaseError)
        -> Decoded?
    {
        if text == "none" { return Decoded(state: nil) }
        var values: [SQLValue] = []
        for field in text.split(separator: " ") {
            let body = String(field.dropFirst())
            switch field.first {
            case "-": values.append(.null)
            case "i":
                guard let number = Int64(body) else { return nil }
                values.append(.integer(number))
            case "r":
                guard let number = Double(body), number.isFinite else { return nil }
                values.append(.real(number))
            case "t": values.append(.text(body))
            default: return nil
            }
        }
        guard values.count == Schema.cardColumns.count else { return nil }
        // The values are read back through the same row reader as the `cards` table, so a
        // saved card means exactly what a stored one does.
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        do {
            let state = try database.queryFirst("SELECT \(placeholders)", values) {
                row throws(DatabaseError) in
                try CardState(cardID: cardID, statement: row, from: 0)
            }
            guard let state, let state else { return nil }
            return Decoded(state: state)
        } catch {
            return nil
        }
    }
}
