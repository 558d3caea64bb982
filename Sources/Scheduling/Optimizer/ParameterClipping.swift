/// fsrs-rs's parameter bounds (`clip_parameters` with one relearning step and the short-term
/// parameters trained), applied after every optimiser step.
///
/// They sit inside the bounds `FSRSParameters` accepts (w19 starts at 0.01 here, 0 there), so a
/// clipped vector is always a valid parameter set.
enum ParameterClipping {
    static let minimumStability = 0.001
    static let maximumStability = 36_500.0
    static let difficultyRange = 1.0...10.0
    /// The largest initial stability (w0–w3) the optimiser gives, as fsrs-rs's `INIT_S_MAX`.
    static let maximumInitialStability = 100.0

    static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2,
        0...2,
        0.01...0.8, 0.1...0.8,
    ]

    static func clip(_ weights: inout [Double]) {
        for index in weights.indices {
            weights[index] = min(max(weights[index], bounds[index].lowerBound), bounds[index].upperBound)
        }
    }
}
