/// The workload and the memorised cards of a range of desired retentions, and the one that gives
/// the most memorised cards per minute of study (Anki's "minimum recommended retention").
public struct RetentionSweep: Sendable, Equatable {
    /// One desired retention's simulation, summed up.
    public struct Point: Sendable, Equatable {
        public let retention: Double
        public let answersPerDay: Double
        public let minutesPerDay: Double
        /// Memorised cards at the end of the horizon.
        public let memorised: Double
        /// `memorised` per minute of study over the whole horizon; `nil` when nothing was studied.
        public let memorisedPerMinute: Double?
    }

    /// 0.70 to 0.97 in steps of 0.01: Anki's lower bound, and as high as is worth asking (above,
    /// the workload grows without bound).
    public static let defaultRetentions = (70...97).map { Double($0) / 100 }

    public let points: [Point]

    /// The index in `points` of the most memorised cards per minute (the first of equals);
    /// `nil` when no retention needed any study.
    public var bestIndex: Int? {
        var best: Int?
        for (index, point) in points.enumerated() {
            guard let ratio = point.memorisedPerMinute else { continue }
            if best.map({ ratio > points[$0].memorisedPerMinute! }) ?? true { best = index }
        }
        return best
    }

    public var best: Point? { bestIndex.map { points[$0] } }

    /// Simulates every retention in `retentions` on the same cards with the same seed, so the
    /// answers drawn differ only where the schedules do (common random numbers: the comparison is
    /// not blurred by luck).
    ///
    /// - Throws: `SchedulerConfigurationError` when a retention is not strictly between 0 and 1.
    public static func run(
        cards: [CardSchedule], newCards: Int, setup: SimulationSetup,
        retentions: [Double] = defaultRetentions, seed: UInt64
    ) throws(SchedulerConfigurationError) -> RetentionSweep {
        var points: [Point] = []
        for retention in retentions {
            var trial = setup
            let options = setup.options
            trial.options = try SchedulerOptions(
                parameters: options.parameters, desiredRetention: retention,
                learningSteps: options.learningSteps,
                relearningSteps: options.relearningSteps, maximumInterval: options.maximumInterval,
                fuzzEnabled: options.fuzzEnabled)
            var random = SplitMix64(seed: seed)
            let last = setup.days - 1
            let result = WorkloadSimulator.run(
                cards: cards, newCards: newCards, setup: trial, memorisedOn: { $0 == last }, random: &random)
            let days = Double(max(1, result.days.count))
            let minutes = result.totalMinutes
            points.append(
                Point(
                    retention: retention, answersPerDay: Double(result.totalAnswers) / days,
                    minutesPerDay: minutes / days, memorised: result.finalMemorised,
                    memorisedPerMinute: minutes > 0 ? result.finalMemorised / minutes : nil))
        }
        return RetentionSweep(points: points)
    }
}
