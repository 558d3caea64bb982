import Foundation

/// What one review did to a card.
public struct ReviewOutcome: Sendable, Equatable {
    /// The card's state after the review.
    public let schedule: CardSchedule
    /// The probability of recall the model gave the card just before the review; `nil` on the
    /// card's first review, when there was nothing to forget.
    public let retrievability: Double?
}

/// The FSRS-6 scheduler: a port of py-fsrs 6.3.2's `Scheduler.review_card`.
///
/// A pure function of the card, the rating, the review time and the options (plus a random
/// source when fuzz is on). Times are reckoned in whole microseconds (`Instant`), like Python's
/// `datetime`, so due times match py-fsrs exactly; each method also takes a `Date`.
public struct FSRSScheduler: Sendable {
    public let options: SchedulerOptions
    let model: MemoryModel
    private let retentionTerm: Double

    public init(options: SchedulerOptions = .default) {
        self.options = options
        model = MemoryModel(parameters: options.parameters)
        retentionTerm = model.retentionTerm(options.desiredRetention)
    }

    /// The probability that the card is recalled at `date`; 0 for a card never reviewed (as in
    /// py-fsrs). Elapsed time counts in whole days, rounded down.
    public func retrievability(of card: CardSchedule, at date: Date) -> Double {
        retrievability(of: card, at: Instant(date))
    }

    /// The probability that the card is recalled at `now`; 0 for a card never reviewed (as in
    /// py-fsrs). Elapsed time counts in whole days, rounded down.
    public func retrievability(of card: CardSchedule, at now: Instant) -> Double {
        guard let lastReview = card.lastReviewInstant, let stability = card.stability else { return 0 }
        return model.retrievability(elapsedDays: now.days(since: lastReview), stability: stability)
    }

    /// Reviews `card` with `rating` at `now`, fuzzing review intervals when the options say so.
    ///
    /// - Parameter random: consulted once for each review interval of 3 days or more when fuzz is
    ///   enabled, and never otherwise.
    public func review(_ card: CardSchedule, rating: Rating, at now: Instant, random: inout some RandomSource)
        -> ReviewOutcome
    {
        review(card, rating: rating, at: now, fuzzing: options.fuzzEnabled, random: &random)
    }

    /// Reviews `card` with `rating` at `date`, fuzzing review intervals when the options say so.
    public func review(_ card: CardSchedule, rating: Rating, at date: Date, random: inout some RandomSource)
        -> ReviewOutcome
    {
        review(card, rating: rating, at: Instant(date), random: &random)
    }

    /// Reviews `card` without fuzz, whatever `options.fuzzEnabled` says.
    public func review(_ card: CardSchedule, rating: Rating, at now: Instant) -> ReviewOutcome {
        var unused = SplitMix64(seed: 0)
        return review(card, rating: rating, at: now, fuzzing: false, random: &unused)
    }

    /// Reviews `card` without fuzz, whatever `options.fuzzEnabled` says.
    public func review(_ card: CardSchedule, rating: Rating, at date: Date) -> ReviewOutcome {
        review(card, rating: rating, at: Instant(date))
    }

    /// The smallest and largest interval fuzz can turn `days` into (`days...days` under 2.5 days).
    public func fuzzRange(days: Int) -> ClosedRange<Int> {
        Double(days) < 2.5 ? days...days : Fuzz.range(days: days, maximumInterval: options.maximumInterval)
    }

    /// How long until the card is next due: a learning step or whole days.
    private enum Delay {
        case step(microseconds: Int64)
        case days(Int)
    }

    /// The review itself. It takes no closure: one capturing the scheduler copied it (and
    /// retained its arrays) four times a review: about a quarter of replay's scheduling.
    private func review(
        _ card: CardSchedule, rating: Rating, at now: Instant, fuzzing: Bool, random: inout some RandomSource
    ) -> ReviewOutcome {
        let elapsedDays = card.lastReviewInstant.map { now.days(since: $0) }
        // Computed once: the stability update below needs the same value (0 without a last review).
        let retrievabilityBefore =
            card.lastReviewInstant != nil && card.stability != nil ? retrievability(of: card, at: now) : nil

        // Stability and difficulty. py-fsrs asserts that review and relearning cards have both;
        // a card lacking them is treated as new, whatever its phase.
        let stability: Double
        let difficulty: Double
        if let oldStability = card.stability, let oldDifficulty = card.difficulty {
            if let elapsedDays, elapsedDays < 1 {
                stability = model.shortTermStability(oldStability, rating)
            } else {
                stability = model.nextStability(
                    difficulty: oldDifficulty, stability: oldStability,
                    retrievability: retrievabilityBefore ?? 0, rating: rating)
            }
            difficulty = model.nextDifficulty(oldDifficulty, rating)
        } else {
            stability = model.initialStability(rating)
            difficulty = model.initialDifficulty(rating, clamp: true)
        }

        var next = card
        next.stability = stability
        next.difficulty = difficulty
        let delay: Delay
        switch card.phase {
        case .learning, .relearning:
            let steps = card.phase == .learning ? options.learningSteps : options.relearningSteps
            (next.phase, next.step, delay) = stepThrough(
                steps, phase: card.phase, step: card.step ?? 0, rating: rating, stability: stability)
        case .review:
            if rating == .again && !options.relearningSteps.isEmpty {
                (next.phase, next.step) = (.relearning, 0)
                delay = .step(microseconds: Self.microseconds(options.relearningSteps[0]))
            } else {
                (next.phase, next.step) = (.review, nil)
                delay = .days(reviewInterval(stability))
            }
        }

        switch delay {
        case .step(let microseconds):
            next.dueInstant = now.adding(microseconds: microseconds)
        case .days(let days):
            let fuzzed =
                fuzzing && next.phase == .review
                ? Fuzz.interval(days: days, maximumInterval: options.maximumInterval, random: &random) : days
            next.dueInstant = now.adding(days: fuzzed)
        }
        next.lastReviewInstant = now
        return ReviewOutcome(schedule: next, retrievability: retrievabilityBefore)
    }

    /// The learning and relearning step rules, shared by both phases.
    ///
    /// A card whose step lies beyond the current list (the steps were shortened since) graduates
    /// on any rating but Again; with no steps at all, every rating graduates.
    private func stepThrough(
        _ steps: [TimeInterval], phase: CardPhase, step: Int, rating: Rating, stability: Double
    ) -> (CardPhase, Int?, Delay) {
        if steps.isEmpty || (step >= steps.count && rating != .again) { return graduation(stability) }
        switch rating {
        case .again:
            return (phase, 0, .step(microseconds: Self.microseconds(steps[0])))
        case .hard:
            let delay: Int64
            if step == 0 && steps.count == 1 {
                delay = Self.divideRoundingHalfToEven(Self.microseconds(steps[0]) * 3, by: 2)
            } else if step == 0 {
                delay = Self.divideRoundingHalfToEven(
                    Self.microseconds(steps[0]) + Self.microseconds(steps[1]), by: 2)
            } else {
                delay = Self.microseconds(steps[step])
            }
            return (phase, step, .step(microseconds: delay))
        case .good:
            if step + 1 == steps.count { return graduation(stability) }
            return (phase, step + 1, .step(microseconds: Self.microseconds(steps[step + 1])))
        case .easy:
            return graduation(stability)
        }
    }

    /// Leaving the steps for the review phase.
    private func graduation(_ stability: Double) -> (CardPhase, Int?, Delay) {
        (.review, nil, .days(reviewInterval(stability)))
    }

    private func reviewInterval(_ stability: Double) -> Int {
        model.interval(
            stability: stability, retentionTerm: retentionTerm, maximumInterval: options.maximumInterval)
    }

    /// A step in whole microseconds, as Python's `timedelta` holds it.
    private static func microseconds(_ seconds: TimeInterval) -> Int64 {
        Int64((seconds * 1e6).rounded(.toNearestOrEven))
    }

    /// `timedelta * 1.5` and `timedelta / 2.0` round to the microsecond, half to even.
    private static func divideRoundingHalfToEven(_ value: Int64, by divisor: Int64) -> Int64 {
        let (quotient, remainder) = Instant.floorDivide(value, divisor)
        let twice = remainder * 2
        if twice > divisor || (twice == divisor && quotient % 2 != 0) { return quotient + 1 }
        return quotient
    }
}
