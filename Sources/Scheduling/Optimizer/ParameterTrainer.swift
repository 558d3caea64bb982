import Dispatch
import Foundation

/// fsrs-rs's training loop: Adam with cosine-annealed learning rate over mini-batches of cards,
/// an L2 pull towards the starting weights, and the parameter clamps after every step.
struct ParameterTrainer {
    var epochs = 5
    var batchSize = 512
    var learningRate = 0.04
    var maximumLength = 256
    var seed: UInt64 = 2023
    /// Batches of whole cards (fsrs-rs given card ids) or, as fsrs-rs by default, of single items
    /// sorted by length: on the shared history the second fits better (log loss 0.4368 against 0.4401).
    var groupByCard = false
    /// fsrs-rs's `PARAMS_STDDEV`: how far each weight is expected to move; scales the L2 pull.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03,
        0.31, 0.32, 0.14, 0.27,
    ]

    /// Trains from `start` on `items` (in time order, which sets their recency weights).
    func train(_ items: [TrainingSet.Item], in set: TrainingSet, from start: [Double]) -> [Double] {
        let length = max(Double(items.count - 1), 1)
        var total = 0
        var columns: [TrainingColumn] = []
        if groupByCard {
            var byCard: [Int32: [TrainingColumn.Prediction]] = [:]
            for (index, item) in items.enumerated() where Int(item.position) + 1 <= maximumLength {
                byCard[item.card, default: []].append(
                    .init(
                        position: item.position, weight: Recency.weight(index: index, length: length),
                        recalled: set.recalled(item)))
                total += 1
            }
            // Cards by id, then (stably) by length.
            columns = byCard.keys.sorted().map { card in
                let predictions = byCard[card]!.sorted { $0.position < $1.position }
                return TrainingColumn(
                    card: card, length: predictions.last!.position + 1, predictions: predictions)
            }
        } else {
            for (index, item) in items.enumerated() where Int(item.position) + 1 <= maximumLength {
                let prediction = TrainingColumn.Prediction(
                    position: item.position, weight: Recency.weight(index: index, length: length),
                    recalled: set.recalled(item))
                columns.append(
                    TrainingColumn(card: item.card, length: item.position + 1, predictions: [prediction]))
                total += 1
            }
        }
        guard total > 0 else { return start }
        columns = columns.enumerated().sorted {
            ($0.element.length, $0.offset) < ($1.element.length, $1.offset)
        }
        .map(\.element)
        // Packed into batches of about `batchSize` predictions.
        var batches: [[TrainingColumn]] = [[]]
        var inBatch = 0
        for column in columns {
            if !batches[batches.count - 1].isEmpty && inBatch + column.predictions.count > batchSize {
                batches.append([])
                inBatch = 0
            }
            batches[batches.count - 1].append(column)
            inBatch += column.predictions.count
        }

        var weights = start
        var adam = Adam()
        var schedule = CosineAnnealing(
            steps: Double((total / batchSize + 1) * epochs), initialRate: learningRate)
        var random = SplitMix64(seed: seed)
        var order = Array(batches.indices)
        for _ in 0..<epochs {
            order = Array(batches.indices)
            order.shuffle(using: &random)
            for index in order {
                let rate = schedule.step()
                let model = TrainingModel(weights: weights)
                var gradient = Self.gradient(of: batches[index], model: model, cards: set.cards)
                let predictions = batches[index].reduce(0) { $0 + $1.predictions.count }
                let scale = Double(predictions) / Double(total)
                for j in 0..<TrainingModel.count {
                    gradient[j] += 2 * (weights[j] - start[j]) / (Self.spread[j] * Self.spread[j]) * scale
                }
                adam.step(&weights, gradient: gradient, rate: rate)
                ParameterClipping.clip(&weights)
            }
        }
        return weights
    }
}

extension ParameterTrainer {
    /// How many parts a batch's gradient is split into, each summed on its own thread. Fixed, so
    /// the parts and the order they are added in (and so every bit of the result) never depend
    /// on the machine.
    static let parts = 2

    /// The gradient of a batch's summed loss: its columns cut into `parts` runs, each run's
    /// gradient summed on its own, then the runs' gradients added in order.
    static func gradient(of batch: [TrainingColumn], model: TrainingModel, cards: [TrainingSet.Card])
        -> [Double]
    {
        let count = TrainingModel.count
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: parts * count)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        nonisolated(unsafe) let results = partial
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let run = (batch.count * part / parts)..<(batch.count * (part + 1) / parts)
            var gradient = [Double](repeating: 0, count: count)
            var workspace = GradientWorkspace()
            for column in batch[run] {
                _ = model.lossAndGradient(column, cards: cards, gradient: &gradient, workspace: &workspace)
            }
            for j in 0..<count { results[part * count + j] = gradient[j] }
        }
        var sum = [Double](repeating: 0, count: count)
        for part in 0..<parts {
            for j in 0..<count { sum[j] += partial[part * count + j] }
        }
        return sum
    }
}

/// Adam (β1 0.9, β2 0.999, ε 1e-8), as fsrs-rs's `HostAdam`.
struct Adam {
    private var m = [Double](repeating: 0, count: TrainingModel.count)
    private var v = [Double](repeating: 0, count: TrainingModel.count)
    private var t = 0.0

    mutating func step(_ weights: inout [Double], gradient: [Double], rate: Double) {
        t += 1
        let correction1 = 1 - pow(0.9, t)
        let correction2 = 1 - pow(0.999, t)
        for i in weights.indices {
            m[i] = 0.9 * m[i] + (1 - 0.9) * gradient[i]
            v[i] = 0.999 * v[i] + (1 - 0.999) * gradient[i] * gradient[i]
            weights[i] -= rate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + 1e-8)
        }
    }
}

/// PyTorch's `CosineAnnealingLR` (recursive form, minimum 0), as fsrs-rs's.
struct CosineAnnealing {
    let steps: Double
    let initialRate: Double
    private var count = -1.0
    private var rate: Double

    init(steps: Double, initialRate: Double) {
        self.steps = steps
        self.initialRate = initialRate
        rate = initialRate
    }

    mutating func step() -> Double {
        count += 1
        if count == 0 {
            rate = initialRate
        } else if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
            rate = initialRate * (1 - cos(Double.pi / steps)) / 2
        } else {
            rate = (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * rate
        }
        return rate
    }
}
