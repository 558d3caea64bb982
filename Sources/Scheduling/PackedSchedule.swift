/// A card's schedule during a replay, or none yet, in 40 bytes: `CardSchedule?` takes 80 (each
/// optional field pads to 16), and a replay of 500,000 cards holds them all at once.
struct PackedSchedule: Sendable {
    private let stability: Double
    private let difficulty: Double
    private let due: Int64
    private let lastReview: Int64
    private let step: Int32
    /// `CardPhase.rawValue`, 0 for no schedule yet.
    private let phase: UInt8
    /// Which optional fields are present: step, stability, difficulty, last review.
    private let present: UInt8

    /// No schedule yet: the card has not been reviewed in this replay.
    static let none = PackedSchedule(
        stability: 0, difficulty: 0, due: 0, lastReview: 0, step: 0, phase: 0, present: 0)

    private init(
        stability: Double, difficulty: Double, due: Int64, lastReview: Int64, step: Int32, phase: UInt8,
        present: UInt8
    ) {
        (self.stability, self.difficulty, self.due, self.lastReview) = (
            stability, difficulty, due, lastReview
        )
        (self.step, self.phase, self.present) = (step, phase, present)
    }

    init(_ schedule: CardSchedule) {
        self.init(
            stability: schedule.stability ?? 0, difficulty: schedule.difficulty ?? 0,
            due: schedule.dueInstant.microsecondsSince1970,
            lastReview: schedule.lastReviewInstant?.microsecondsSince1970 ?? 0,
            step: Int32(truncatingIfNeeded: schedule.step ?? 0), phase: UInt8(schedule.phase.rawValue),
            present: (schedule.step == nil ? 0 : 1) | (schedule.stability == nil ? 0 : 2)
                | (schedule.difficulty == nil ? 0 : 4) | (schedule.lastReviewInstant == nil ? 0 : 8))
    }

    /// The schedule, exactly as it was packed; `nil` for `none`.
    var schedule: CardSchedule? {
        guard let phase = CardPhase(rawValue: Int(phase)) else { return nil }
        return CardSchedule(
            phase: phase, step: present & 1 == 0 ? nil : Int(step),
            stability: present & 2 == 0 ? nil : stability, difficulty: present & 4 == 0 ? nil : difficulty,
            dueInstant: Instant(microsecondsSince1970: due),
            lastReviewInstant: present & 8 == 0 ? nil : Instant(microsecondsSince1970: lastReview))
    }
}
