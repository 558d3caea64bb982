import Foundation

/// fsrs-rs's FSRS-6 model as its optimiser trains it, in `Double`, with exact gradients.
///
/// The memory state differs from the scheduler's (`MemoryModel`, which follows py-fsrs) only in
/// fsrs-rs's extra clamp of stability to at most 36,500 days. Gradients are carried forward
/// through each card's reviews: with the state (S, D) goes dS/dw and dD/dw for all 21 weights,
/// each step's partial derivatives (worked out by hand below) applied by the chain rule. Clamps
/// pass the gradient on their boundary and stop it outside, as Burn's and PyTorch's do.
struct TrainingModel {
    static let count = FSRSParameters.count
    /// Predictions are clamped to this range before their log is taken, as fsrs-rs does.
    static let probabilityRange = 1e-7...(1 - 1e-7)

    let w: [Double]
    let decay: Double
    let factor: Double
    /// d factor / d decay.
    let factorSlope: Double
    let easyDifficulty: Double
    let exp3w5: Double
    let expW8: Double
    let floorDivisor: Double

    init(weights: [Double]) {
        w = weights
        decay = -w[20]
        let ln09 = log(0.9)
        let exponential = exp(ln09 / decay)
        factor = exponential - 1
        factorSlope = exponential * (-ln09 / (decay * decay))
        exp3w5 = exp(3 * w[5])
        easyDifficulty = w[4] - exp3w5 + 1
        expW8 = exp(w[8])
        floorDivisor = exp(w[17] * w[18])
    }

    /// Recall probability after `days` at stability `stability`.
    func retrievability(days: Double, stability: Double) -> Double {
        pow(1 + factor * max(days, 0) / stability, decay)
    }

    /// The state after a card's first review.
    func initial(rating: Int) -> (stability: Double, difficulty: Double) {
        let stability = clampStability(w[rating - 1])
        let difficulty = w[4] - exp(w[5] * Double(rating - 1)) + 1
        return (stability, clampDifficulty(difficulty))
    }

    /// The state after a later review `days` after the previous one.
    func step(stability s: Double, difficulty d: Double, days: Double, rating: Int) -> (
        stability: Double, difficulty: Double
    ) {
        let r = Double(rating)
        let newStability: Double
        if days == 0 {
            let raw = exp(w[17] * (r - 3 + w[18])) * pow(s, -w[19])
            newStability = s * (rating >= 2 ? max(raw, 1) : raw)
        } else if rating == 1 {
            let retrievability = retrievability(days: days, stability: s)
            let raw = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - retrievability) * w[14])
            newStability = min(raw, s / floorDivisor)
        } else {
            let retrievability = retrievability(days: days, stability: s)
            let penalty = (rating == 2 ? w[15] : 1) * (rating == 4 ? w[16] : 1)
            newStability =
                s * (expW8 * (11 - d) * pow(s, -w[9]) * (exp((1 - retrievability) * w[10]) - 1) * penalty + 1)
        }
        let next = d + (10 - d) * (-w[6] * (r - 3)) / 9
        return (clampStability(newStability), clampDifficulty(w[7] * (easyDifficulty - next) + next))
    }

    func clampStability(_ value: Double) -> Double {
        min(max(value, ParameterClipping.minimumStability), ParameterClipping.maximumStability)
    }

    func clampDifficulty(_ value: Double) -> Double {
        min(
            max(value, ParameterClipping.difficultyRange.lowerBound),
            ParameterClipping.difficultyRange.upperBound)
    }
}
