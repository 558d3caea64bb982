import Foundation
import Scheduling

/// One row of the review log as reports read it: the review and the few facts about the card
/// before it that statistics need, without decoding the whole card state before and after.
///
/// Reading a year of history this way costs a fraction of `ReviewRecord`s, whose two full card
/// states are most of the row.
public struct ReviewLogEntry: Sendable, Equatable {
    public let id: Int64
    public let cardID: String
    public let reviewedAt: Date
    public let rating: Rating
    public let answer: String?
    public let correct: Bool?
    public let durationMilliseconds: Int?
    /// The card's phase before the review; `nil` when the store had no row for it (a new card).
    public let phaseBefore: CardPhase?
    /// True for the card's first review ever: it counts against the new-cards limit.
    public let isFirstReview: Bool
    /// The card's lapses before the review (0 for a new card).
    public let lapsesBefore: Int

    /// True when the card had graduated before this review: the reviews retention counts.
    public var wasGraduated: Bool { phaseBefore == .review && !isFirstReview }

    /// The columns `init(row:)` reads.
    static let selectColumns =
        "id, card_id, reviewed_at, rating, answer, correct, duration_ms, before_phase, "
        + "before_phase IS NULL OR before_last_review IS NULL, coalesce(before_lapses, 0)"

    init(row: Statement) throws(DatabaseError) {
        id = row.int64(0)
        cardID = row.text(1)
        reviewedAt = row.date(2)
        guard let rating = Rating(rawValue: row.int(3)) else { throw row.unexpected(3, row.text(3)) }
        self.rating = rating
        answer = row.optionalText(4)
        correct = row.optionalBool(5)
        durationMilliseconds = row.optionalInt(6)
        if let name = row.optionalText(7) {
            guard let phase = CardPhase(name: name) else { throw row.unexpected(7, name) }
            phaseBefore = phase
        } else {
            phaseBefore = nil
        }
        isFirstReview = row.bool(8)
        lapsesBefore = row.int(9)
    }
}
