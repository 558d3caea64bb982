import Foundation

/// The scheduling state of one card: everything FSRS needs to decide its next review.
///
/// A value type, so the scheduler can stay a pure function `(schedule, rating, time) -> schedule`.
/// Mirrors py-fsrs's `Card` minus its id.
public struct CardSchedule: Sendable, Equatable {
    public var phase: CardPhase
    /// The index of the current learning or relearning step; `nil` once in review.
    public var step: Int?
    /// Days for retrievability to fall to 90%; `nil` before the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    public init(
        phase: CardPhase, step: Int?, stability: Double?, difficulty: Double?, due: Date,
        lastReview: Date?
    ) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed: learning, step 0, due at `due`.
    public static func new(due: Date) -> CardSchedule {
        CardSchedule(phase: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }

    /// True until the card's first review.
    public var isNew: Bool { lastReview == nil }
}
