extension ParameterOptimizer {
    /// Fits weights to a CSV history, the file `palpate scheduler replay` reads (an Anki-style
    /// `review_rating` column is read as `rating`; other columns such as `review_duration` are
    /// ignored).
    ///
    /// - Throws: `ReplayError.invalidInput` listing every bad row.
    public static func optimize(csv: [UInt8], fileName: String) throws(ReplayError) -> OptimizationResult {
        optimize(try reviews(csv: csv, fileName: fileName))
    }

    /// The reviews of a CSV history, cards numbered in order of first appearance.
    public static func reviews(csv: [UInt8], fileName: String) throws(ReplayError) -> [OptimizerReview] {
        let history = try ReplayInput.history(csv: csv, fileName: fileName).get()
        return history.reviews.map {
            OptimizerReview(card: Int(history.cardOfID[Int($0.id)]), time: $0.time, rating: $0.rating)
        }
    }
}
