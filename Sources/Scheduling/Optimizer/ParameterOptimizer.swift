/// Fits the 21 FSRS-6 weights to a review history, as fsrs-rs 6.x's `compute_parameters` does.
///
/// The history is cut into items (`TrainingSet`), outliers are set aside (`TrainingData`), w0–w3
/// are fitted from first long-term reviews (`InitialStability`), then all 21 weights by gradient
/// descent on the recency-weighted log loss (`ParameterTrainer`). No clock and no randomness
/// beyond a fixed seed: the same history gives the same weights, bit for bit.
public enum ParameterOptimizer {
    /// fsrs-rs trains the whole model only from 64 items; palpate asks for at least 100.
    public static let minimumItems = 100
    static let fsrsMinimumTrainingItems = 64

    /// Fits weights to `reviews` (any order; each card's are put in time order).
    ///
    /// - Parameter current: the parameters the student schedules with, when they are not the
    ///   defaults (an earlier fit): measured on the same history, so a new fit is judged against
    ///   them as well as against the defaults.
    public static func optimize(_ reviews: [OptimizerReview], current: FSRSParameters? = nil)
        -> OptimizationResult
    {
        let set = TrainingSet(reviews: reviews)
        var result = optimize(set)
        if let current, current != .default, result.defaults != nil {
            result.current = PredictionMetrics(weights: current.weights, set: set)
        }
        return result
    }

    public static func optimize(_ set: TrainingSet) -> OptimizationResult {
        optimize(set, trainer: ParameterTrainer())
    }

    static func optimize(_ set: TrainingSet, trainer: ParameterTrainer) -> OptimizationResult {
        guard set.itemCount >= minimumItems else {
            return OptimizationResult(
                set: set, outcome: .tooLittleHistory(needed: minimumItems - set.itemCount), defaults: nil,
                fitted: nil)
        }
        // The defaults are measured on the worker while this thread prepares the fit; the worker
        // then sums half of each step's gradient. Busy from the start, it is more often given a
        // core of its own (median of 6 bench runs: 19.2 → 17.1 ms on the shared history).
        let worker = GradientWorker()
        defer { worker.stop() }
        nonisolated(unsafe) var defaultMetrics: PredictionMetrics?
        worker.start { defaultMetrics = PredictionMetrics(weights: FSRSParameters.default.weights, set: set) }
        let fitted = fit(set, trainer: trainer, worker: worker)
        worker.waitForJob()
        func fallBack(_ reason: String) -> OptimizationResult {
            OptimizationResult(
                set: set, outcome: .keptDefaults(reason: reason), defaults: defaultMetrics, fitted: nil)
        }
        let parameters: FSRSParameters
        switch fitted {
        case .success(let fitted): parameters = fitted
        case .failure(let failure): return fallBack(failure.reason)
        }
        guard let fittedMetrics = PredictionMetrics(weights: parameters.weights, set: set) else {
            return fallBack("the fitted weights predict a recall of exactly 0 or 1 for some review")
        }
        return OptimizationResult(
            set: set, outcome: .fitted(parameters), defaults: defaultMetrics, fitted: fittedMetrics)
    }

    /// Why a history could not be fitted, in words that finish "The defaults stay: …".
    struct FitFailure: Error {
        let reason: String
    }

    /// The weights fitted to every item of `set`, or why there are none; `worker` sums half of
    /// each gradient (see `ParameterTrainer.train`).
    static func fit(
        _ set: TrainingSet, trainer: ParameterTrainer = ParameterTrainer(), worker: GradientWorker
    ) -> Result<FSRSParameters, FitFailure> {
        func failure(_ reason: String) -> Result<FSRSParameters, FitFailure> {
            .failure(FitFailure(reason: reason))
        }
        if set.cardCount < 2 {
            return failure("every review is of one card, too little to tell the learner from the card")
        }
        let recalled = set.items.reduce(0) { $0 + (set.recalled($1) ? 1 : 0) }
        if recalled == 0 {
            return failure(
                "every review after a day or more was Again, so nothing shows how long memory lasts")
        }
        if recalled == set.itemCount {
            return failure("no review after a day or more was Again, so nothing shows when memory fails")
        }
        let data = TrainingData(set)
        let averageRecall =
            Double(data.training.reduce(0) { $0 + (set.recalled($1) ? 1 : 0) })
            / Double(max(data.training.count, 1))
        guard data.training.count >= 8,
            let initial = InitialStability.fit(data.initialization, in: set, averageRecall: averageRecall)
        else {
            return failure("too few cards have a first review a day or more after they were learnt")
        }
        var weights = initial.stabilities + FSRSParameters.default.weights[4...]
        if data.training.count > data.initialization.count && data.training.count >= fsrsMinimumTrainingItems
        {
            weights = trainer.train(data.training, in: set, from: weights, worker: worker)
            let trainedInitial = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, weights[$0 - 1]) })
            guard let smoothed = InitialStability.smoothAndFill(trainedInitial, counts: initial.counts) else {
                return failure("the initial stabilities could not be fitted")
            }
            weights.replaceSubrange(0..<4, with: smoothed)
        }
        // Four decimals, as Anki shows them: what is printed is what was measured. The bounds have
        // at most three, so rounding never leaves them.
        weights = weights.map { ($0 * 10_000).rounded() / 10_000 }
        guard weights.allSatisfy(\.isFinite), let parameters = try? FSRSParameters(weights) else {
            return failure("the fit did not converge to weights within FSRS's bounds")
        }
        return .success(parameters)
    }
}

/// What the optimiser made of a history.
public struct OptimizationResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// New weights; whether they beat the defaults is in the metrics.
        case fitted(FSRSParameters)
        /// Fewer usable reviews than `ParameterOptimizer.minimumItems`: this many more are needed.
        case tooLittleHistory(needed: Int)
        /// The history cannot support a fit; the defaults stay, for this reason.
        case keptDefaults(reason: String)
    }

    public let outcome: Outcome
    /// Every review read.
    public let reviews: Int
    public let cards: Int
    /// Reviews the model predicts: each after a card's first, a day or more after the previous.
    public let items: Int
    /// nil when there was too little history to measure.
    public let defaults: PredictionMetrics?
    public let fitted: PredictionMetrics?
    /// The parameters in use, when they are not the defaults and were given (see `optimize`).
    public internal(set) var current: PredictionMetrics?

    init(set: TrainingSet, outcome: Outcome, defaults: PredictionMetrics?, fitted: PredictionMetrics?) {
        self.outcome = outcome
        reviews = set.reviewCount
        cards = set.cardCount
        items = set.itemCount
        self.defaults = defaults
        self.fitted = fitted
    }

    /// The weights to schedule with: fitted ones when they predict better than the defaults.
    public var recommended: FSRSParameters {
        if case .fitted(let parameters) = outcome, let fitted, let defaults, fitted.logLoss < defaults.logLoss
        {
            return parameters
        }
        return .default
    }

    /// Whether the fit should replace the parameters in use: it predicts the history better than
    /// the defaults and, when the parameters in use are an earlier fit, better than them too.
    public var fitBeatsDefaultsAndCurrent: Bool {
        guard case .fitted = outcome, let fitted, let defaults, fitted.logLoss < defaults.logLoss else {
            return false
        }
        return current.map { fitted.logLoss < $0.logLoss } ?? true
    }
}
