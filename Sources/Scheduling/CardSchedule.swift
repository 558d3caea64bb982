import Foundation

/// The scheduling state of one card: everything FSRS needs to decide its next review.
///
/// A value type, so the scheduler can stay a pure function `(schedule, rating, time) -> schedule`.
/// Mirrors py-fsrs's `Card` minus its id. Times are kept to the microsecond (`Instant`), as
/// py-fsrs keeps them; `due` and `lastReview` offer them as `Date`s.
public struct CardSchedule: Sendable, Equatable {
    public var phase: CardPhase
    /// The index of the current learning or relearning step; `nil` once in review.
    public var step: Int?
    /// Days for retrievability to fall to 90%; `nil` before the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first review.
    public var difficulty: Double?
    public var dueInstant: Instant
    public var lastReviewInstant: Instant?

    public init(
        phase: CardPhase, step: Int?, stability: Double?, difficulty: Double?, dueInstant: Instant,
        lastReviewInstant: Instant?
    ) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.dueInstant = dueInstant
        self.lastReviewInstant = lastReviewInstant
    }

    public init(
        phase: CardPhase, step: Int?, stability: Double?, difficulty: Double?, due: Date,
        lastReview: Date?
    ) {
        self.init(
            phase: phase, step: step, stability: stability, difficulty: difficulty, dueInstant: Instant(due),
            lastReviewInstant: lastReview.map(Instant.init))
    }

    /// A card never reviewed: learning, step 0, due at `due`.
    public static func new(due: Date) -> CardSchedule {
        new(due: Instant(due))
    }

    /// A card never reviewed: learning, step 0, due at `due`.
    public static func new(due: Instant) -> CardSchedule {
        CardSchedule(
            phase: .learning, step: 0, stability: nil, difficulty: nil, dueInstant: due,
            lastReviewInstant: nil)
    }

    public var due: Date {
        get { dueInstant.date }
        set { dueInstant = Instant(newValue) }
    }

    public var lastReview: Date? {
        get { lastReviewInstant?.date }
        set { lastReviewInstant = newValue.map(Instant.init) }
    }

    /// True until the card's first review.
    public var isNew: Bool { lastReviewInstant == nil }
}
