import Foundation
import Scheduling

/// An answer the student took back with undo: kept, though it no longer counts in the schedule.
public struct UndoneAttempt: Sendable, Equatable {
    public var cardID: String
    public var sessionID: SessionID?
    /// When the answer was given.
    public var answeredAt: Date
    public var undoneAt: Date
    /// The rating it was recorded with; `nil` when it was undone before it was rated.
    public var rating: Rating?
    public var answer: String?
    /// Whether it was judged correct; `nil` for a flashcard.
    public var correct: Bool?

    public init(
        cardID: String, sessionID: SessionID?, answeredAt: Date, undoneAt: Date, rating: Rating?,
        answer: String?, correct: Bool?
    ) {
        self.cardID = cardID
        self.sessionID = sessionID
        self.answeredAt = answeredAt
        self.undoneAt = undoneAt
        self.rating = rating
        self.answer = answer
        self.correct = correct
    }
}

extension ProgressStore {
    /// Keeps an answer the student took back before it was recorded (undo at the rating prompt).
    public func recordUndoneAttempt(_ attempt: UndoneAttempt) throws(StoreError) {
        try write { try insertUndoneAttempt(attempt) }
    }

    /// True when the card's key was shown for a wrong answer that was then undone, and the card
    /// has not been answered since: its next answer cannot count as right.
    public func keyWasShownSinceLastReview(cardID: String) throws(StoreError) -> Bool {
        try perform {
            try database.scalarInt(
                """
                SELECT EXISTS (
                    SELECT 1 FROM undone_attempts
                    WHERE card_id = ?1 AND correct = 0 AND answered_at >= coalesce(
                        (SELECT max(reviewed_at) FROM reviews WHERE card_id = ?1), -9223372036854775808)
                )
                """, [SQLValue(cardID)]) == 1
        }
    }

    /// Undone attempts answered in `range`, oldest first: the item analysis counts each as the
    /// answer first given to its card.
    public func undoneAttempts(in range: Range<Date>) throws(StoreError) -> [UndoneAttempt] {
        try undoneAttempts(in: TimeSpan(range))
    }

    public func undoneAttempts(in span: TimeSpan) throws(StoreError) -> [UndoneAttempt] {
        try perform {
            try database.query(
                """
                SELECT card_id, session_id, answered_at, undone_at, rating, answer, correct
                FROM undone_attempts WHERE answered_at >= ? AND answered_at < ? ORDER BY answered_at, id
                """, span.sqlValues
            ) { row in
                UndoneAttempt(
                    cardID: row.text(0), sessionID: row.optionalInt64(1).map(SessionID.init(rawValue:)),
                    answeredAt: row.date(2), undoneAt: row.date(3),
                    rating: row.optionalInt(4).flatMap(Rating.init(rawValue:)), answer: row.optionalText(5),
                    correct: row.optionalBool(6))
            }
        }
    }

    func insertUndoneAttempt(_ attempt: UndoneAttempt) throws {
        try database.execute(
            """
            INSERT INTO undone_attempts (card_id, session_id, answered_at, undone_at, rating, answer, correct)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                SQLValue(attempt.cardID), SQLValue(attempt.sessionID?.rawValue), SQLValue(attempt.answeredAt),
                SQLValue(max(attempt.undoneAt, attempt.answeredAt)), SQLValue(attempt.rating?.rawValue),
                SQLValue(attempt.answer), SQLValue(attempt.correct),
            ])
    }
}
