import Foundation

/// Everything besides a card's own state that decides its next due time.
///
/// Mirrors py-fsrs's `Scheduler` constructor, validated on the way in. One difference: fuzz is
/// off unless asked for (py-fsrs enables it by default), so a default scheduler is deterministic.
public struct SchedulerOptions: Sendable, Equatable {
    /// Anki's and py-fsrs's default upper limit: a hundred years.
    public static let maximumIntervalLimit = 36_500
    /// Steps longer than this belong in the review phase, not in learning.
    public static let longestStep: TimeInterval = 36_500 * 86_400

    public static let `default` = SchedulerOptions(
        parameters: .default, desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
        maximumInterval: 36_500, fuzzEnabled: false, unchecked: ())

    public let parameters: FSRSParameters
    /// The probability of recall the review intervals aim for.
    public let desiredRetention: Double
    /// Delays, in seconds, between the learning steps of a new card.
    public let learningSteps: [TimeInterval]
    /// Delays, in seconds, between the steps of a forgotten card.
    public let relearningSteps: [TimeInterval]
    /// The longest review interval, in days.
    public let maximumInterval: Int
    /// Whether review intervals from 3 days up are spread by a few percent, so cards learnt
    /// together do not all come due together.
    public let fuzzEnabled: Bool

    /// - Throws: `SchedulerConfigurationError` when the retention is not strictly between 0 and 1,
    ///   the maximum interval is not 1...36,500 days, or a step is not positive and at most
    ///   100 years.
    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500, fuzzEnabled: Bool = false
    ) throws(SchedulerConfigurationError) {
        guard desiredRetention > 0 && desiredRetention < 1 else {
            throw .desiredRetentionOutOfRange(desiredRetention)
        }
        guard (1...Self.maximumIntervalLimit).contains(maximumInterval) else {
            throw .maximumIntervalOutOfRange(maximumInterval)
        }
        for (kind, steps) in [("learning", learningSteps), ("relearning", relearningSteps)] {
            for step in steps where !(step > 0 && step <= Self.longestStep) {
                throw .invalidStep(kind: kind, seconds: step)
            }
        }
        self.init(
            parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, fuzzEnabled: fuzzEnabled,
            unchecked: ())
    }

    private init(
        parameters: FSRSParameters, desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int, fuzzEnabled: Bool, unchecked: Void
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzzEnabled = fuzzEnabled
    }
}
