import Foundation
import Scheduling

/// Reading and writing a card as a row of `Schema.cardColumns`, in `cards` or in a review's
/// `before_*`/`after_*` columns.
extension CardState {
    /// The comma-separated column names, with an optional prefix (`before_`, `after_`).
    static func columnList(prefix: String = "") -> String {
        Schema.cardColumns.map { prefix + $0 }.joined(separator: ", ")
    }

    /// The values for `columnList`, in the same order.
    var columnValues: [SQLValue] {
        [
            SQLValue(schedule.phase.name), SQLValue(schedule.step), SQLValue(schedule.stability),
            SQLValue(schedule.difficulty), SQLValue(schedule.due), SQLValue(schedule.lastReview),
            SQLValue(reps), SQLValue(lapses), SQLValue(suspended), SQLValue(leech), SQLValue(buriedUntil),
        ]
    }

    /// Values for the `columnList` when there is no card (a review of a card that had no row).
    static let absentColumnValues = [SQLValue](repeating: .null, count: Schema.cardColumns.count)

    /// Reads the card whose `columnList` starts at column `first`; `nil` when the phase is NULL.
    init?(cardID: String, statement row: Statement, from first: Int32) throws(DatabaseError) {
        if row.isNull(first) { return nil }
        let phase = row.withTextBytes(first) { name in
            CardPhase.allCases.first { $0.name.utf8.elementsEqual(name) }
        }
        guard let phase else { throw row.unexpected(first, row.text(first)) }
        let schedule = CardSchedule(
            phase: phase, step: row.optionalInt(first + 1), stability: row.optionalDouble(first + 2),
            difficulty: row.optionalDouble(first + 3), dueInstant: row.instant(first + 4),
            lastReviewInstant: row.optionalInstant(first + 5))
        self.init(
            cardID: cardID, schedule: schedule, reps: row.int(first + 6), lapses: row.int(first + 7),
            suspended: row.bool(first + 8), leech: row.bool(first + 9),
            buriedUntil: row.optionalDate(first + 10))
    }
}
