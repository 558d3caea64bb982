/// What replay keeps of a review's outcome until its line is written, in 40 bytes where
/// `ReviewOutcome` takes 96 (each optional field pads to 16): a replay keeps up to 131,072 of
/// them while the file is read, and every new page of them costs a fault and its zeroing.
struct ReplayOutcome: Sendable {
    private let stability: Double
    private let difficulty: Double
    private let retrievability: Double
    private let due: Int64
    private let step: Int32
    private let phase: UInt8
    /// Which optional fields are present: step, stability, difficulty, retrievability.
    private let present: UInt8

    init(_ outcome: ReviewOutcome) {
        let schedule = outcome.schedule
        stability = schedule.stability ?? 0
        difficulty = schedule.difficulty ?? 0
        retrievability = outcome.retrievability ?? 0
        due = schedule.dueInstant.microsecondsSince1970
        step = Int32(truncatingIfNeeded: schedule.step ?? 0)
        phase = UInt8(truncatingIfNeeded: schedule.phase.rawValue)
        present =
            (schedule.step == nil ? 0 : 1) | (schedule.stability == nil ? 0 : 2)
            | (schedule.difficulty == nil ? 0 : 4) | (outcome.retrievability == nil ? 0 : 8)
    }

    /// What the line shows: the schedule without its last review (which the line does not
    /// print), and the retrievability.
    var phaseOfCard: CardPhase { CardPhase(rawValue: Int(phase)) ?? .learning }
    var stepOfCard: Int? { present & 1 == 0 ? nil : Int(step) }
    var stabilityOfCard: Double? { present & 2 == 0 ? nil : stability }
    var difficultyOfCard: Double? { present & 4 == 0 ? nil : difficulty }
    var retrievabilityBefore: Double? { present & 8 == 0 ? nil : retrievability }
    var dueInstant: Instant { Instant(microsecondsSince1970: due) }
}
