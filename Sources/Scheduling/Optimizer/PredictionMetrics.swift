import Foundation

/// How well a parameter set predicts a history, measured as fsrs-rs's `evaluate` measures it.
public struct PredictionMetrics: Sendable, Equatable {
    /// Weighted binary cross-entropy of predicted recall, each item weighted by recency
    /// (0.25 for the oldest, rising as a cube to 1 for the newest).
    public let logLoss: Double
    /// The root mean square gap between predicted and actual recall over bins of items with
    /// similar gaps, review counts and lapses, bins weighted by their items' recency weights.
    public let rmseBins: Double

    public init(logLoss: Double, rmseBins: Double) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
    }

    /// Every item of `set` predicted with `weights`, recency-weighted; nil if a prediction is not
    /// a number.
    init?(weights: [Double], set: TrainingSet) {
        let predictions = Self.predictions(TrainingModel(weights: weights), set: set)
        let length = max(Double(set.items.count - 1), 1)
        self.init(
            zip(set.items, predictions).map { ($0, $1) }, in: set,
            weight: { Recency.weight(index: $0, length: length) })
    }

    /// The items predicted `p`, each of weight `weight(index)` (1 unless given); `set` holds their
    /// cards. Nil if a figure is not a number.
    init?(
        _ predicted: [(item: TrainingSet.Item, p: Double)], in set: TrainingSet,
        weight: (Int) -> Double = { _ in 1 }
    ) {
        struct Bin {
            var predicted = 0.0
            var actual = 0.0
            var count = 0.0
            var weight = 0.0
        }
        var bins: [Bin] = []
        var binOfKey: [Int64: Int] = [:]
        var loss = 0.0
        var weightSum = 0.0
        for (index, (item, p)) in predicted.enumerated() {
            let weight = weight(index)
            let y = set.recalled(item) ? 1.0 : 0.0
            loss += (y * log(p) + (1 - y) * log(1 - p)) * weight
            weightSum += weight
            let key = Self.binKey(item, set: set)
            let bin = binOfKey[key] ?? bins.count
            if bin == bins.count {
                binOfKey[key] = bin
                bins.append(Bin())
            }
            bins[bin].predicted += p
            bins[bin].actual += y
            bins[bin].count += 1
            bins[bin].weight += weight
        }
        var squares = 0.0
        var binWeights = 0.0
        for bin in bins {
            let gap = bin.predicted / bin.count - bin.actual / bin.count
            squares += gap * gap * bin.weight
            binWeights += bin.weight
        }
        let logLoss = -loss / weightSum
        let rmse = (squares / binWeights).squareRoot()
        guard logLoss.isFinite, rmse.isFinite else { return nil }
        self.init(logLoss: logLoss, rmseBins: rmse)
    }

    /// Each item's predicted recall, walking each card's reviews once.
    static func predictions(_ model: TrainingModel, set: TrainingSet) -> [Double] {
        var byCardPosition: [[Double]] = set.cards.map { card in
            var values = [Double](repeating: 0, count: card.ratings.count)
            var state = model.initial(rating: Int(card.ratings[0]))
            for position in 1..<max(card.ratings.count, 1) {
                let days = Double(card.days[position])
                values[position] = model.retrievability(days: days, stability: state.stability)
                state = model.step(
                    stability: state.stability, difficulty: state.difficulty, days: days,
                    rating: Int(card.ratings[position]))
            }
            return values
        }
        defer { byCardPosition.removeAll() }
        return set.items.map { byCardPosition[Int($0.card)][Int($0.position)] }
    }

    /// fsrs-rs's `r_matrix_index`: bins of gap (×3.62), long-term review count (×1.89) and
    /// lapses (×1.73), packed into one key.
    static func binKey(_ item: TrainingSet.Item, set: TrainingSet) -> Int64 {
        let days = Double(set.days(item))
        let daysBin = (2.48 * pow(3.62, (log(days) / log(3.62)).rounded(.down)) * 100).rounded()
        let length = Double(set.longTermReviewCount(item)) + 1
        let lengthBin = (1.99 * pow(1.89, (log(length) / log(1.89)).rounded(.down))).rounded()
        let lapses = set.lapsesBefore(item)
        let lapseBin =
            lapses == 0 ? 0 : (1.65 * pow(1.73, (log(Double(lapses)) / log(1.73)).rounded(.down))).rounded()
        return Int64(daysBin) << 40 | Int64(lengthBin) << 20 | Int64(lapseBin)
    }
}

/// fsrs-rs's recency weights: the item at `index` of `length + 1` weighs 0.25 + 0.75 (index/length)³.
enum Recency {
    static func weight(index: Int, length: Double) -> Double {
        let fraction = Double(index) / length
        return 0.25 + 0.75 * fraction * fraction * fraction
    }
}
