/// How a student answers, as probabilities: which rating a card's first answer gets, and which of
/// Hard, Good and Easy an answer gets when the card was recalled.
///
/// The defaults are fsrs-rs's `SimulatorConfig` defaults (averages over many Anki users); a
/// student's own mix comes from their review log once it holds enough answers.
public struct RatingMix: Sendable, Equatable {
    public static let `default` = RatingMix(
        normalised: [0.24, 0.094, 0.495, 0.171], recalled: [0.224, 0.631, 0.145])

    /// Again, Hard, Good, Easy on a card's first answer; they sum to 1.
    public let first: [Double]
    /// Hard, Good, Easy on a later answer that was recalled; they sum to 1.
    public let recalled: [Double]

    /// Normalises the weights given (counts or probabilities); `nil` when a list has the wrong
    /// length, a negative or non-finite weight, or sums to zero.
    public init?(first: [Double], recalled: [Double]) {
        guard let first = Self.normalised(first, count: 4), let recalled = Self.normalised(recalled, count: 3)
        else { return nil }
        self.first = first
        self.recalled = recalled
    }

    private init(normalised first: [Double], recalled: [Double]) {
        self.first = first
        self.recalled = recalled
    }

    private static func normalised(_ weights: [Double], count: Int) -> [Double]? {
        guard weights.count == count, weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return nil }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        return weights.map { $0 / total }
    }

    /// The first answer's rating for a uniform draw `u` in [0, 1).
    func firstRating(_ u: Double) -> Rating {
        Self.pick(first, u, from: [.again, .hard, .good, .easy])
    }

    /// The rating of a recalled answer for a uniform draw `u` in [0, 1).
    func recalledRating(_ u: Double) -> Rating {
        Self.pick(recalled, u, from: [.hard, .good, .easy])
    }

    private static func pick(_ probabilities: [Double], _ u: Double, from ratings: [Rating]) -> Rating {
        var sum = 0.0
        for (probability, rating) in zip(probabilities, ratings) {
            sum += probability
            if u < sum { return rating }
        }
        return ratings[ratings.count - 1]
    }
}
