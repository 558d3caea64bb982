extension ParameterOptimizer {
    /// How well fitting predicts the future, as fsrs-rs's `evaluate_with_time_series_splits`
    /// measures it: the items cut into six equal parts in time order; five times, weights are
    /// fitted on every part before one (the defaults when that past cannot be fitted) and
    /// predict that part; log loss and RMSE(bins) over all five predicted parts, unweighted.
    ///
    /// - Returns: nil with fewer than six items.
    public static func timeSeriesEvaluation(_ set: TrainingSet) -> PredictionMetrics? {
        let splits = 5
        let segment = set.itemCount / (splits + 1)
        guard segment > 0 else { return nil }
        var predicted: [(item: TrainingSet.Item, p: Double)] = []
        var test = set
        let worker = GradientWorker()
        defer { worker.stop() }
        for split in 0..<splits {
            let testStart = (split + 1) * segment
            let testEnd = split == splits - 1 ? set.itemCount : (split + 2) * segment
            let weights = (try? fit(set.prefix(testStart), worker: worker).get()) ?? .default
            test = set.items(testStart..<testEnd)
            let predictions = PredictionMetrics.predictions(
                TrainingModel(weights: weights.weights), set: test)
            predicted += zip(test.items, predictions).map { ($0, $1) }
        }
        return PredictionMetrics(predicted, in: test)
    }
}
