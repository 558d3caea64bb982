import Foundation

/// One card's reviews as training sees them: the first `length` reviews of card `card`, and the
/// predictions to score along the way.
struct TrainingColumn: Sendable {
    struct Prediction: Sendable {
        let position: Int32
        let weight: Double
        let recalled: Bool
    }

    let card: Int32
    let length: Int32
    /// In order of position: a slice of the trainer's one array of predictions, so a column costs
    /// no allocation of its own (a million-review history has nearly a million columns).
    let predictions: ArraySlice<Prediction>
}

extension TrainingModel {
    /// The weighted log loss of `column`'s predictions, its gradient added into `gradient`.
    ///
    /// The loss of a prediction p (clamped into `probabilityRange`) of outcome y with weight v is
    /// -v (y ln p + (1 - y) ln(1 - p)); the gradient stops where the clamp is active.
    ///
    /// Reverse mode: the forward pass walks the card's reviews and records, for each step from
    /// state (S, D) to (S', D'), the partial derivatives dS'/dS (a), dS'/dD (b), dD'/dD (c), the
    /// direct partials of S' and D' by the weights, and dLoss/dS of that step's prediction. The
    /// backward pass then carries dLoss/dS and dLoss/dD from the last review to the first.
    func lossAndGradient(
        _ column: TrainingColumn, cards: [TrainingSet.Card], gradient: inout [Double],
        workspace: inout GradientWorkspace
    ) -> Double {
        let length = Int(column.length)
        workspace.reserve(steps: length)
        return workspace.withRecords { records in
            cards[Int(column.card)].ratings.withUnsafeBufferPointer { ratings in
                cards[Int(column.card)].days.withUnsafeBufferPointer { days in
                    gradient.withUnsafeMutableBufferPointer { gradient in
                        lossAndGradient(
                            column.predictions, ratings: ratings, days: days, length: length,
                            gradient: gradient, records: records)
                    }
                }
            }
        }
    }

    private func lossAndGradient(
        _ predictions: ArraySlice<TrainingColumn.Prediction>, ratings: UnsafeBufferPointer<UInt8>,
        days: UnsafeBufferPointer<Int32>, length: Int, gradient: UnsafeMutableBufferPointer<Double>,
        records: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        typealias Slot = GradientWorkspace.Slot
        let recordSize = GradientWorkspace.stride
        var loss = 0.0
        var next = predictions.startIndex
        let first = Int(ratings[0])
        let rawS = w[first - 1]
        let rawD = w[4] - exp(w[5] * Double(first - 1)) + 1
        var s = clampStability(rawS)
        var d = clampDifficulty(rawD)
        for position in 1..<length {
            let record = position * recordSize
            let t = Double(days[position])
            let rating = Int(ratings[position])
            let r = Double(rating)
            // Retrievability and its partials; not needed the same day (such reviews are never
            // predicted, and stability then does not depend on retrievability).
            var retrievability = 1.0
            var dRds = 0.0
            var dRdw20 = 0.0
            if t > 0 {
                // x^y as e^(y ln x) throughout: each log is needed for a partial anyway.
                let base = 1 + factor * t / s
                let logBase = log(base)
                retrievability = exp(decay * logBase)
                dRds = retrievability * decay / base * (-factor * t / (s * s))
                dRdw20 = -retrievability * (logBase + decay / base * t / s * factorSlope)
            }
            records[record + Slot.lossBySOld] = 0
            if next < predictions.endIndex, predictions[next].position == position {
                let prediction = predictions[next]
                next += 1
                let y = prediction.recalled ? 1.0 : 0.0
                let p = min(
                    max(retrievability, Self.probabilityRange.lowerBound), Self.probabilityRange.upperBound)
                loss -= prediction.weight * (y * log(p) + (1 - y) * log(1 - p))
                if Self.probabilityRange.lowerBound < retrievability,
                    retrievability < Self.probabilityRange.upperBound
                {
                    let g = -prediction.weight * (y / p - (1 - y) / (1 - p))
                    records[record + Slot.lossBySOld] = g * dRds
                    gradient[20] += g * dRdw20
                }
            }

            // Difficulty: linear damping, then mean reversion towards Easy's initial difficulty.
            let delta = -w[6] * (r - 3)
            let damped = d + (10 - d) * delta / 9
            let reverted = w[7] * (easyDifficulty - damped) + damped
            let newD = clampDifficulty(reverted)
            if newD == reverted {
                records[record + Slot.c] = (1 - w[7]) * (1 - delta / 9)
                records[record + Slot.byW4] = w[7]
                records[record + Slot.byW5] = -3 * w[7] * exp3w5
                records[record + Slot.byW6] = (1 - w[7]) * (10 - d) * -(r - 3) / 9
                records[record + Slot.byW7] = easyDifficulty - damped
            } else {
                // Not `Slot.c...Slot.byW7`: that would take `lossBySOld` with it.
                records[record + Slot.c] = 0
                for slot in Slot.byW4...Slot.byW7 { records[record + slot] = 0 }
            }

            // Stability, with up to five direct partials by weights (index, value).
            var newS: Double
            var a = 0.0
            var b = 0.0
            var direct = 0
            func partial(_ index: Int, _ value: Double) {
                records[record + Slot.direct + 2 * direct] = Double(index)
                records[record + Slot.direct + 2 * direct + 1] = value
                direct += 1
            }
            if t == 0 {
                let logS = log(s)
                let raw = exp(w[17] * (r - 3 + w[18]) - w[19] * logS)
                if !(rating >= 2 && raw < 1) {
                    newS = s * raw
                    a = raw * (1 - w[19])
                    partial(17, newS * (r - 3 + w[18]))
                    partial(18, newS * w[17])
                    partial(19, -newS * logS)
                } else {
                    newS = s
                    a = 1
                }
            } else if rating == 1 {
                let logD = log(d)
                let logS1 = log(s + 1)
                let shared = w[11] * exp((1 - retrievability) * w[14] - w[12] * logD)
                let grown = exp(w[13] * logS1)
                let raw = shared * (grown - 1)
                let floor = s / floorDivisor
                if floor < raw {
                    newS = floor
                    a = 1 / floorDivisor
                    partial(17, -floor * w[18])
                    partial(18, -floor * w[17])
                } else {
                    newS = raw
                    let byR = raw * -w[14]
                    a = shared * w[13] * grown / (s + 1) + byR * dRds
                    b = raw * -w[12] / d
                    partial(11, shared * (grown - 1) / w[11])
                    partial(12, -raw * logD)
                    partial(13, shared * grown * logS1)
                    partial(14, raw * (1 - retrievability))
                    partial(20, byR * dRdw20)
                }
            } else {
                let hard = rating == 2 ? w[15] : 1
                let easy = rating == 4 ? w[16] : 1
                let growth = exp((1 - retrievability) * w[10])
                let logS = log(s)
                let unscaled = expW8 * (11 - d) * exp(-w[9] * logS)
                let increase = unscaled * (growth - 1) * hard * easy
                newS = s * (1 + increase)
                let byR = s * unscaled * hard * easy * growth * -w[10]
                a = 1 + increase * (1 - w[9]) + byR * dRds
                b = -s * increase / (11 - d)
                partial(8, s * increase)
                partial(9, -s * increase * logS)
                partial(10, s * unscaled * hard * easy * growth * (1 - retrievability))
                partial(20, byR * dRdw20)
                if rating == 2 { partial(15, s * unscaled * (growth - 1)) }
                if rating == 4 { partial(16, s * unscaled * (growth - 1)) }
            }
            let clampedS = clampStability(newS)
            if clampedS != newS {
                (a, b, direct) = (0, 0, 0)
            }
            records[record + Slot.a] = a
            records[record + Slot.b] = b
            records[record + Slot.directCount] = Double(direct)
            s = clampedS
            d = newD
        }

        // Backward: lossByS and lossByD are dLoss/dS and dLoss/dD of the state after `position`.
        var lossByS = 0.0
        var lossByD = 0.0
        for position in stride(from: length - 1, through: 1, by: -1) {
            let record = position * recordSize
            if lossByS != 0 {
                let count = Int(records[record + Slot.directCount])
                for pair in 0..<count {
                    let index = Int(records[record + Slot.direct + 2 * pair])
                    gradient[index] += lossByS * records[record + Slot.direct + 2 * pair + 1]
                }
            }
            if lossByD != 0 {
                gradient[4] += lossByD * records[record + Slot.byW4]
                gradient[5] += lossByD * records[record + Slot.byW5]
                gradient[6] += lossByD * records[record + Slot.byW6]
                gradient[7] += lossByD * records[record + Slot.byW7]
            }
            (lossByS, lossByD) = (
                records[record + Slot.a] * lossByS + records[record + Slot.lossBySOld],
                records[record + Slot.b] * lossByS + records[record + Slot.c] * lossByD
            )
        }
        if clampStability(rawS) == rawS { gradient[first - 1] += lossByS }
        if clampDifficulty(rawD) == rawD {
            gradient[4] += lossByD
            gradient[5] += lossByD * -Double(first - 1) * exp(w[5] * Double(first - 1))
        }
        return loss
    }
}

/// What a gradient pass records about each review on the way forward, reused from card to card.
struct GradientWorkspace: ~Copyable {
    /// Where each figure sits in a review's record.
    enum Slot {
        static let a = 0
        static let b = 1
        static let c = 2
        /// dLoss/dS (of the state before the review) from the review's own prediction.
        static let lossBySOld = 3
        static let byW4 = 4
        static let byW5 = 5
        static let byW6 = 6
        static let byW7 = 7
        static let directCount = 8
        /// Up to five (weight index, dS'/dw) pairs.
        static let direct = 9
    }

    static let stride = 19
    private var storage: UnsafeMutableBufferPointer<Double>

    init() {
        storage = .allocate(capacity: 64 * Self.stride)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    /// Makes room for `steps` reviews.
    mutating func reserve(steps: Int) {
        guard steps * Self.stride > storage.count else { return }
        storage.deallocate()
        storage = .allocate(capacity: steps * Self.stride)
        storage.initialize(repeating: 0)
    }

    func withRecords<T>(_ body: (UnsafeMutableBufferPointer<Double>) -> T) -> T { body(storage) }
}
