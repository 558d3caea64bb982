import Foundation
import Scheduling

/// An answered card to record: what the student did and the schedule the scheduler computed.
public struct NewReview: Sendable, Equatable {
    public var cardID: String
    public var sessionID: SessionID?
    public var reviewedAt: Date
    public var rating: Rating
    /// The card's schedule after this review, as the scheduler computed it.
    public var schedule: CardSchedule
    /// What the student typed, when the card asks for typed answers.
    public var answer: String?
    /// Whether the typed answer was judged correct; `nil` for cards without a typed answer.
    public var correct: Bool?
    public var durationMilliseconds: Int?

    public init(
        cardID: String, sessionID: SessionID?, reviewedAt: Date, rating: Rating, schedule: CardSchedule,
        answer: String? = nil, correct: Bool? = nil, durationMilliseconds: Int? = nil
    ) {
        self.cardID = cardID
        self.sessionID = sessionID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.schedule = schedule
        self.answer = answer
        self.correct = correct
        self.durationMilliseconds = durationMilliseconds
    }
}

/// One row of the review log: the review and the card's whole state before and after it.
public struct ReviewRecord: Sendable, Equatable {
    /// Increases with every review recorded; never reused, even after an undo.
    public let id: Int64
    public let cardID: String
    public let sessionID: SessionID?
    public let reviewedAt: Date
    public let rating: Rating
    public let answer: String?
    public let correct: Bool?
    public let durationMilliseconds: Int?
    /// The card before the review; `nil` when the store had no row for it (a new card).
    public let before: CardState?
    public let after: CardState

    /// True for the card's first review ever: it counts against the new-cards limit.
    public var isFirstReview: Bool { before?.schedule.isNew ?? true }

    /// The columns `init(row:)` reads, for `SELECT \(ReviewRecord.selectColumns) FROM reviews`.
    static let selectColumns =
        "id, card_id, session_id, reviewed_at, rating, answer, correct, duration_ms, "
        + CardState.columnList(prefix: "before_") + ", " + CardState.columnList(prefix: "after_")

    init(row: Statement) throws(DatabaseError) {
        id = row.int64(0)
        cardID = row.text(1)
        sessionID = row.optionalInt64(2).map(SessionID.init(rawValue:))
        reviewedAt = row.date(3)
        guard let rating = Rating(rawValue: row.int(4)) else { throw row.unexpected(4, row.text(4)) }
        self.rating = rating
        answer = row.optionalText(5)
        correct = row.optionalBool(6)
        durationMilliseconds = row.optionalInt(7)
        before = try CardState(cardID: cardID, statement: row, from: 8)
        let afterColumn = Int32(8 + Schema.cardColumns.count)
        guard let after = try CardState(cardID: cardID, statement: row, from: afterColumn) else {
            throw row.unexpected(afterColumn, "NULL")
        }
        self.after = after
    }
}
