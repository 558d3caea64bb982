import CSQLite
import Foundation
import Scheduling

extension ProgressStore {
    /// Records one answered card: the review log row, the card's new state and the session's
    /// counts, in ONE transaction — a process killed at any moment loses at most the card on screen.
    ///
    /// The card's state before the review is read from the store inside the transaction (not
    /// taken from the caller), so the log always holds what undo needs to restore exactly.
    /// `reps` grows by one; `lapses` by one when a graduated card is rated Again; suspended,
    /// leech and buried marks are kept.
    /// - Returns: the review as stored (its times rounded to microseconds).
    @discardableResult
    public func recordReview(_ review: NewReview) throws(StoreError) -> ReviewRecord {
        try write {
            if let sessionID = review.sessionID { try requireSession(sessionID) }
            let before = try card(review.cardID)
            let after = CardState.after(review, before: before)
            try saveCard(after)
            try database.execute(
                Self.insertReviewSQL, Self.reviewRowValues(review, before: before, after: after))
            let id = database.lastInsertRowID

            if let sessionID = review.sessionID {
                try database.execute(
                    "UPDATE sessions SET cards_done = cards_done + 1, correct = correct + ? WHERE id = ?",
                    [
                        SQLValue(RightAnswer.counts(correct: review.correct, rating: review.rating)),
                        SQLValue(sessionID.rawValue),
                    ])
            }
            guard let stored = try self.review(id: id) else {
                throw DatabaseError(
                    extendedResultCode: SQLITE_INTERNAL, message: "review \(id) vanished after insert")
            }
            return stored
        }
    }

    /// The `reviews` row insert, shared by `recordReview` and `importReviews`.
    static let insertReviewSQL: String = {
        let columns =
            "card_id, session_id, reviewed_at, rating, answer, correct, duration_ms, "
            + CardState.columnList(prefix: "before_") + ", " + CardState.columnList(prefix: "after_")
        let count = 7 + 2 * Schema.cardColumns.count
        let placeholders = Array(repeating: "?", count: count).joined(separator: ", ")
        return "INSERT INTO reviews (\(columns)) VALUES (\(placeholders))"
    }()

    /// The values for `insertReviewSQL`.
    static func reviewRowValues(_ review: NewReview, before: CardState?, after: CardState) -> [SQLValue] {
        [
            SQLValue(review.cardID), SQLValue(review.sessionID?.rawValue), SQLValue(review.reviewedAt),
            SQLValue(review.rating.rawValue), SQLValue(review.answer), SQLValue(review.correct),
            SQLValue(review.durationMilliseconds),
        ] + (before?.columnValues ?? CardState.absentColumnValues) + after.columnValues
    }

    /// Undoes the newest review of `sessionID`: deletes its log row and puts the card back
    /// exactly as it was before (a card that was new has its row removed, so it is new again).
    /// The attempt itself is kept among the undone attempts (see `recordUndoneAttempt`).
    ///
    /// Marks set after the review (e.g. `markLeech`) are undone with it, since the whole row is
    /// restored. Call repeatedly to undo further back within the session.
    /// - Returns: the review that was undone, or `nil` when the session has none left.
    /// - Throws: `StoreError.undoWouldDiscardNewerReview` when the card was reviewed again later.
    @discardableResult
    public func undoLastReview(sessionID: SessionID, at now: Date? = nil) throws(StoreError) -> ReviewRecord?
    {
        try write { () throws -> ReviewRecord? in
            guard
                let last = try database.queryFirst(
                    """
                    SELECT \(ReviewRecord.selectColumns) FROM reviews
                    WHERE session_id = ? ORDER BY id DESC LIMIT 1
                    """,
                    [SQLValue(sessionID.rawValue)], row: ReviewRecord.init(row:))
            else { return nil }
            let newer = try database.queryFirst(
                "SELECT id FROM reviews WHERE card_id = ? AND id > ? ORDER BY id DESC LIMIT 1",
                [SQLValue(last.cardID), SQLValue(last.id)]
            ) { $0.int64(0) }
            if let newer {
                throw StoreError.undoWouldDiscardNewerReview(cardID: last.cardID, newerReviewID: newer)
            }

            try database.execute("DELETE FROM reviews WHERE id = ?", [SQLValue(last.id)])
            try insertUndoneAttempt(
                UndoneAttempt(
                    cardID: last.cardID, sessionID: sessionID, answeredAt: last.reviewedAt,
                    undoneAt: now ?? last.reviewedAt,
                    rating: last.rating, answer: last.answer, correct: last.correct))
            if let before = last.before {
                try saveCard(before)
            } else {
                try database.execute("DELETE FROM cards WHERE card_id = ?", [SQLValue(last.cardID)])
            }
            try database.execute(
                "UPDATE sessions SET cards_done = cards_done - 1, correct = correct - ? WHERE id = ?",
                [
                    SQLValue(RightAnswer.counts(correct: last.correct, rating: last.rating)),
                    SQLValue(sessionID.rawValue),
                ])
            return last
        }
    }

    /// One review by id.
    public func review(id: Int64) throws(StoreError) -> ReviewRecord? {
        try perform {
            try database.queryFirst(
                "SELECT \(ReviewRecord.selectColumns) FROM reviews WHERE id = ?", [SQLValue(id)],
                row: ReviewRecord.init(row:))
        }
    }

    /// A card's whole history, oldest first.
    public func reviews(ofCard cardID: String) throws(StoreError) -> [ReviewRecord] {
        try perform {
            try database.query(
                "SELECT \(ReviewRecord.selectColumns) FROM reviews WHERE card_id = ? ORDER BY id",
                [SQLValue(cardID)], row: ReviewRecord.init(row:))
        }
    }
}

extension CardState {
    /// The card after `review`: the scheduler's new schedule, `reps` plus one, `lapses` plus one when
    /// a graduated card is rated Again; suspended, leech and buried marks kept. A card with no row
    /// yet (`before == nil`) starts as new, due when reviewed.
    static func after(_ review: NewReview, before: CardState?) -> CardState {
        var after = before ?? CardState.new(cardID: review.cardID, due: review.reviewedAt)
        after.schedule = review.schedule
        after.reps += 1
        if review.rating == .again && before?.schedule.phase == .review { after.lapses += 1 }
        return after
    }
}
