import Foundation

/// The store's id for a session; a type of its own so it cannot be mixed up with a review id.
public struct SessionID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

public enum SessionKind: String, Sendable, CaseIterable {
    case review
    case exam
}

/// One review or exam session as stored.
///
/// `cardsDone` and `correct` are kept up to date by every recorded review or exam answer, so a
/// session killed half-way still shows what was done; `endedAt` is `nil` for such a session.
public struct SessionRecord: Sendable, Equatable {
    public let id: SessionID
    public let kind: SessionKind
    public let startedAt: Date
    public let endedAt: Date?
    /// Answers recorded: every review (a card answered twice counts twice) or exam answer.
    public let cardsDone: Int
    /// Answers that were right, by `RightAnswer`.
    public let correct: Int
    /// The exam score (0…1) or whatever the CLI records for reviews; `nil` until finished.
    public let score: Double?
    public let passed: Bool?
    /// Free-form JSON the CLI chooses (deck ids, options); validated as JSON by SQLite.
    public let details: String?
    /// Distinct cards answered (a review session may answer a learning card several times).
    public let cards: Int
}

/// One answered exam question, recorded as it is answered.
public struct ExamAnswer: Sendable, Equatable {
    /// 1 for the first question of the exam, 2 for the next…; assigned by the store.
    public let position: Int
    /// `deck-id/question-id`.
    public let questionID: String
    public let answer: String?
    public let correct: Bool
    public let answeredAt: Date
    public let durationMilliseconds: Int?
}
