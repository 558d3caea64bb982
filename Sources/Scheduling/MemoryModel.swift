import Foundation

/// The FSRS-6 formulas, transcribed from py-fsrs 6.3.2's `Scheduler` private methods.
///
/// Every expression keeps py-fsrs's order of operations and uses `pow` (as Python's `**` does,
/// even for `math.e ** x`), so results agree with py-fsrs to the last bit on the same C library.
struct MemoryModel: Sendable {
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0
    /// Python's `math.e`; py-fsrs raises it with `**`, not `exp`, and the two can differ in the last bit.
    private static let e = 2.718281828459045

    let w: [Double]
    /// The forgetting curve's exponent, `-w20`.
    let decay: Double
    /// Chosen so that retrievability is 90% when elapsed days equal stability.
    let factor: Double

    /// Terms that depend on the weights alone, computed once rather than at every review (each
    /// is a `pow`; the same expression gives the same bits, so results are unchanged).
    private let easyInitialDifficulty: Double
    private let recallGrowth: Double
    private let shortTermDivisor: Double
    /// For each rating (Again to Easy): `e^(w5·(G−1))`, of a card's first difficulty, and
    /// `e^(w17·(G−3+w18))`, of a same-day review's stability; a `pow` each otherwise.
    private let initialDifficultyPowers: (Double, Double, Double, Double)
    private let shortTermPowers: (Double, Double, Double, Double)

    init(parameters: FSRSParameters) {
        w = parameters.weights
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        easyInitialDifficulty = w[4] - pow(Self.e, w[5] * Double(Rating.easy.rawValue - 1)) + 1
        recallGrowth = pow(Self.e, w[8])
        shortTermDivisor = pow(Self.e, w[17] * w[18])
        let w = w
        let byRating = { (power: (Rating) -> Double) in
            (power(.again), power(.hard), power(.good), power(.easy))
        }
        initialDifficultyPowers = byRating { pow(Self.e, w[5] * Double($0.rawValue - 1)) }
        shortTermPowers = byRating { pow(Self.e, w[17] * (Double($0.rawValue - 3) + w[18])) }
    }

    private static func value(_ values: (Double, Double, Double, Double), _ rating: Rating) -> Double {
        switch rating {
        case .again: values.0
        case .hard: values.1
        case .good: values.2
        case .easy: values.3
        }
    }

    /// The probability of recall after `elapsedDays` whole days (negative counts as none).
    ///
    /// On the day of the last review the base is exactly 1, and `pow(1, y)` is 1 for every `y`
    /// (C's Annex F, and Python's `**`): the call is skipped. A replay reviews one card in four
    /// on the day it last saw it, and `pow` is a third of its scheduling.
    func retrievability(elapsedDays: Int64, stability: Double) -> Double {
        guard elapsedDays > 0 else { return 1 }
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    func initialStability(_ rating: Rating) -> Double {
        clampStability(w[rating.rawValue - 1])
    }

    func initialDifficulty(_ rating: Rating, clamp: Bool) -> Double {
        let difficulty = w[4] - Self.value(initialDifficultyPowers, rating) + 1
        return clamp ? clampDifficulty(difficulty) : difficulty
    }

    /// Linear damping towards 10, then mean reversion towards the initial difficulty of Easy.
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let target = easyInitialDifficulty
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    /// Stability after a review on the same day as the previous one.
    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = Self.value(shortTermPowers, rating) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return clampStability(stability * increase)
    }

    /// Stability after a review at least a day after the previous one.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating)
        -> Double
    {
        let next =
            rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return clampStability(next)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / shortTermDivisor
        return min(longTerm, shortTerm)
    }

    private func recallStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: Rating
    )
        -> Double
    {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability
            * (1 + recallGrowth * (11 - difficulty) * pow(stability, -w[9])
                * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// Whole days until retrievability falls to `desiredRetention`: rounded half to even (as
    /// Python's `round`), at least 1, at most `maximumInterval`. A scheduler passes its
    /// `retentionTerm`, worked out once, to the overload below.
    func interval(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
        interval(
            stability: stability, retentionTerm: retentionTerm(desiredRetention),
            maximumInterval: maximumInterval)
    }

    /// The part of the interval that depends only on the desired retention: a scheduler works it
    /// out once (a `pow` per review otherwise).
    func retentionTerm(_ desiredRetention: Double) -> Double { pow(desiredRetention, 1 / decay) - 1 }

    func interval(stability: Double, retentionTerm: Double, maximumInterval: Int) -> Int {
        let days = unroundedInterval(stability: stability, retentionTerm: retentionTerm).rounded(
            .toNearestOrEven)
        if !(days < Double(maximumInterval)) { return maximumInterval }
        return max(Int(days), 1)
    }

    /// Days until retrievability falls to `desiredRetention`, before rounding.
    func unroundedInterval(stability: Double, desiredRetention: Double) -> Double {
        unroundedInterval(stability: stability, retentionTerm: retentionTerm(desiredRetention))
    }

    private func unroundedInterval(stability: Double, retentionTerm: Double) -> Double {
        (stability / factor) * retentionTerm
    }

    private func clampStability(_ stability: Double) -> Double {
        max(stability, Self.minimumStability)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
