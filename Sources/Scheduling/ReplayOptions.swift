import Foundation

/// The scheduler settings `palpate scheduler replay` runs a history with.
///
/// Plain values the command line fills in one option at a time; `replay` validates them
/// together. Fuzz is on exactly when a seed is given, so a replay is always reproducible.
public struct ReplayOptions: Sendable, Equatable {
    public var parameters: FSRSParameters
    public var desiredRetention: Double
    /// Seconds; `StepList.parse` reads them from text.
    public var learningSteps: [TimeInterval]
    /// Seconds; `StepList.parse` reads them from text.
    public var relearningSteps: [TimeInterval]
    /// Days.
    public var maximumInterval: Int
    /// Seeds the SplitMix64 generator that fuzzes intervals; `nil` leaves fuzz off.
    public var fuzzSeed: UInt64?

    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500, fuzzSeed: UInt64? = nil
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzzSeed = fuzzSeed
    }

    /// The validated scheduler options these settings describe.
    public func schedulerOptions() throws(SchedulerConfigurationError) -> SchedulerOptions {
        try SchedulerOptions(
            parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, fuzzEnabled: fuzzSeed != nil)
    }
}
