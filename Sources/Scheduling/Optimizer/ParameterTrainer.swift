import Dispatch
import Foundation

/// fsrs-rs's training loop: Adam with cosine-annealed learning rate over mini-batches of items
/// sorted by length (as fsrs-rs batches without card ids), an L2 pull towards the starting
/// weights, and the parameter clamps after every step.
///
/// (fsrs-rs given card ids batches whole cards instead, computing each card once. On the shared
/// history that fitted worse, log loss 0.4401 against 0.4368, so palpate batches items.)
struct ParameterTrainer {
    var epochs = 5
    var batchSize = 512
    var learningRate = 0.04
    var maximumLength = 256
    var seed: UInt64 = 2023
    /// fsrs-rs's `PARAMS_STDDEV`: how far each weight is expected to move; scales the L2 pull.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03,
        0.31, 0.32, 0.14, 0.27,
    ]

    /// The items training sees, kept flat: a million-review history has nearly a million.
    struct Units {
        /// Each item's prediction (position, recency weight, outcome).
        var predictions: [TrainingColumn.Prediction] = []
        var cards: [Int32] = []
        /// Item numbers sorted by length (stably): batches are runs of this order.
        var order: [Int32] = []

        func column(_ unit: Int32) -> TrainingColumn {
            let index = Int(unit)
            return TrainingColumn(
                card: cards[index], length: predictions[index].position + 1,
                predictions: predictions[index..<(index + 1)])
        }
    }

    /// Trains from `start` on `items` (in time order, which sets their recency weights), with
    /// `worker` (free, or busy with a job the training waits for) summing half of each gradient.
    func train(
        _ items: [TrainingSet.Item], in set: TrainingSet, from start: [Double], worker: GradientWorker
    ) -> [Double] {
        let length = max(Double(items.count - 1), 1)
        var units = Units()
        for (index, item) in items.enumerated() where Int(item.position) + 1 <= maximumLength {
            units.predictions.append(
                .init(
                    position: item.position, weight: Recency.weight(index: index, length: length),
                    recalled: set.recalled(item)))
            units.cards.append(item.card)
        }
        let total = units.predictions.count
        guard total > 0 else { return start }
        units.order = Array(0..<Int32(total))
        units.order.sort {
            (units.predictions[Int($0)].position, $0) < (units.predictions[Int($1)].position, $1)
        }
        let batches = stride(from: 0, to: total, by: batchSize).map { $0..<min($0 + batchSize, total) }

        worker.waitForJob()
        var weights = start
        var adam = Adam()
        var schedule = CosineAnnealing(
            steps: Double((total / batchSize + 1) * epochs), initialRate: learningRate)
        var random = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            var order = Array(batches.indices)
            order.shuffle(using: &random)
            for index in order {
                let rate = schedule.step()
                let model = TrainingModel(weights: weights)
                let batch = batches[index]
                var gradient = Self.gradient(of: units, batch, model: model, cards: set.cards, worker: worker)
                let scale = Double(batch.count) / Double(total)
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

    /// The gradient of a batch's summed loss (`batch` a run of `units.order`): cut into `parts`
    /// runs, each run's gradient summed on its own (the second on `worker`), then the runs'
    /// gradients added in order.
    static func gradient(
        of units: Units, _ batch: Range<Int>, model: TrainingModel, cards: [TrainingSet.Card],
        worker: GradientWorker
    )
        -> [Double]
    {
        let count = TrainingModel.count
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: parts * count)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        nonisolated(unsafe) let results = partial
        let sumPart = { (part: Int) in
            let lower = batch.lowerBound + batch.count * part / parts
            let upper = batch.lowerBound + batch.count * (part + 1) / parts
            var gradient = [Double](repeating: 0, count: count)
            var workspace = GradientWorkspace()
            for unit in units.order[lower..<upper] {
                _ = model.lossAndGradient(
                    units.column(unit), cards: cards, gradient: &gradient, workspace: &workspace)
            }
            for j in 0..<count { results[part * count + j] = gradient[j] }
        }
        worker.start { for part in 1..<parts { sumPart(part) } }
        sumPart(0)
        worker.waitForJob()
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
