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

    /// Simulations averaged for each retention by default: one run of a small deck is noisy
    /// enough to move the mark by several points.
    public static let defaultRuns = 8

    /// Simulates every retention in `retentions` on the same cards, `runs` times with seeds
    /// `seed`, `seed + 1`, …, and averages. Every retention gets the same seeds, so the answers
    /// drawn differ only where the schedules do (common random numbers: the comparison is not
    /// blurred by luck). Memorised cards per minute is the ratio of the sums over the runs.
    ///
    /// - Throws: `SchedulerConfigurationError` when a retention is not strictly between 0 and 1.
    public static func run(
        cards: [CardSchedule], newCards: Int, setup: SimulationSetup,
        retentions: [Double] = defaultRetentions, seed: UInt64, runs: Int = defaultRuns
    ) throws(SchedulerConfigurationError) -> RetentionSweep {
        var points: [Point] = []
        let runs = max(1, runs)
        let last = setup.days - 1
        for retention in retentions {
            var trial = setup
            let options = setup.options
            trial.options = try SchedulerOptions(
                parameters: options.parameters, desiredRetention: retention,
                learningSteps: options.learningSteps,
                relearningSteps: options.relearningSteps, maximumInterval: options.maximumInterval,
                fuzzEnabled: options.fuzzEnabled)
            var answers = 0
            var minutes = 0.0
            var memorised = 0.0
            for offset in 0..<runs {
                var random = SplitMix64(seed: seed &+ UInt64(offset))
                let result = WorkloadSimulator.run(
                    cards: cards, newCards: newCards, setup: trial, memorisedOn: { $0 == last },
                    random: &random)
                answers += result.totalAnswers
                minutes += result.totalMinutes
                memorised += result.finalMemorised
            }
            let dayRuns = Double(max(1, setup.days) * runs)
            points.append(
                Point(
                    retention: retention, answersPerDay: Double(answers) / dayRuns,
                    minutesPerDay: minutes / dayRuns, memorised: memorised / Double(runs),
                    memorisedPerMinute: minutes > 0 ? memorised / minutes : nil))
        }
        return RetentionSweep(points: points)
    }
}
