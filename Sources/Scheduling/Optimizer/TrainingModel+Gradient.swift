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
    /// In order of position.
    let predictions: [Prediction]
}

extension TrainingModel {
    /// The weighted log loss of `column`'s predictions, its gradient added into `gradient`.
    ///
    /// The loss of a prediction p (clamped into `probabilityRange`) of outcome y with weight v is
    /// -v (y ln p + (1 - y) ln(1 - p)); the gradient stops where the clamp is active.
    func lossAndGradient(
        _ column: TrainingColumn, cards: [TrainingSet.Card], gradient: inout [Double],
        workspace: inout GradientWorkspace
    ) -> Double {
        let card = cards[Int(column.card)]
        let length = Int(column.length)
        var loss = 0.0
        var next = 0
        return workspace.withTangents { ts, td, ps, pd in
            ts.update(repeating: 0)
            td.update(repeating: 0)
            ps.update(repeating: 0)
            pd.update(repeating: 0)
            let first = Int(card.ratings[0])
            let (rawS, rawD) = (w[first - 1], w[4] - exp(w[5] * Double(first - 1)) + 1)
            var s = clampStability(rawS)
            var d = clampDifficulty(rawD)
            if s == rawS { ts[first - 1] = 1 }
            if d == rawD {
                td[4] = 1
                td[5] = -Double(first - 1) * exp(w[5] * Double(first - 1))
            }
            for position in 1..<length {
                let t = Double(card.days[position])
                let rating = Int(card.ratings[position])
                let r = Double(rating)
                // The retrievability at this review and its partial derivatives.
                // (Not needed the same day: such reviews are never predicted, and stability then
                // does not depend on retrievability.)
                var retrievability = 1.0
                var dRds = 0.0
                var dRdw20 = 0.0
                if t > 0 {
                    let base = 1 + factor * t / s
                    retrievability = pow(base, decay)
                    dRds = retrievability * decay / base * (-factor * t / (s * s))
                    dRdw20 = -retrievability * (log(base) + decay / base * t / s * factorSlope)
                }

                if next < column.predictions.count, column.predictions[next].position == position {
                    let prediction = column.predictions[next]
                    next += 1
                    let y = prediction.recalled ? 1.0 : 0.0
                    let p = min(
                        max(retrievability, Self.probabilityRange.lowerBound),
                        Self.probabilityRange.upperBound)
                    loss -= prediction.weight * (y * log(p) + (1 - y) * log(1 - p))
                    if Self.probabilityRange.lowerBound < retrievability,
                        retrievability < Self.probabilityRange.upperBound
                    {
                        let g = -prediction.weight * (y / p - (1 - y) / (1 - p))
                        for j in 0..<Self.count { gradient[j] += g * dRds * ts[j] }
                        gradient[20] += g * dRdw20
                    }
                }

                // Difficulty: linear damping, then mean reversion towards Easy's initial difficulty.
                let delta = -w[6] * (r - 3)
                let damped = d + (10 - d) * delta / 9
                let reverted = w[7] * (easyDifficulty - damped) + damped
                let newD = clampDifficulty(reverted)
                let dOK = newD == reverted ? 1.0 : 0.0
                let c = dOK * (1 - w[7]) * (1 - delta / 9)
                pd[6] = (1 - w[7]) * (10 - d) * -(r - 3) / 9
                pd[7] = easyDifficulty - damped
                pd[4] = w[7]
                pd[5] = -3 * w[7] * exp3w5

                // Stability, its partial derivatives by the old stability (a) and difficulty (b).
                var newS: Double
                var a = 0.0
                var b = 0.0
                if t == 0 {
                    let raw = exp(w[17] * (r - 3 + w[18])) * pow(s, -w[19])
                    if !(rating >= 2 && raw < 1) {
                        newS = s * raw
                        a = raw * (1 - w[19])
                        (ps[17], ps[18], ps[19]) = (newS * (r - 3 + w[18]), newS * w[17], -newS * log(s))
                    } else {
                        newS = s
                        a = 1
                    }
                } else if rating == 1 {
                    let shared = w[11] * pow(d, -w[12]) * exp((1 - retrievability) * w[14])
                    let grown = pow(s + 1, w[13])
                    let raw = shared * (grown - 1)
                    let floor = s / floorDivisor
                    if floor < raw {
                        newS = floor
                        a = 1 / floorDivisor
                        (ps[17], ps[18]) = (-floor * w[18], -floor * w[17])
                    } else {
                        newS = raw
                        let byR = raw * -w[14]
                        a = shared * w[13] * grown / (s + 1) + byR * dRds
                        b = raw * -w[12] / d
                        ps[11] = shared * (grown - 1) / w[11]
                        ps[12] = -raw * log(d)
                        ps[13] = shared * grown * log(s + 1)
                        ps[14] = raw * (1 - retrievability)
                        ps[20] = byR * dRdw20
                    }
                } else {
                    let hard = rating == 2 ? w[15] : 1
                    let easy = rating == 4 ? w[16] : 1
                    let growth = exp((1 - retrievability) * w[10])
                    let unscaled = expW8 * (11 - d) * pow(s, -w[9])
                    let increase = unscaled * (growth - 1) * hard * easy
                    newS = s * (1 + increase)
                    let byR = s * unscaled * hard * easy * growth * -w[10]
                    a = 1 + increase * (1 - w[9]) + byR * dRds
                    b = -s * increase / (11 - d)
                    ps[8] = s * increase
                    ps[9] = -s * increase * log(s)
                    ps[10] = s * unscaled * hard * easy * growth * (1 - retrievability)
                    ps[20] = byR * dRdw20
                    if rating == 2 { ps[15] = s * unscaled * (growth - 1) }
                    if rating == 4 { ps[16] = s * unscaled * (growth - 1) }
                }
                let clampedS = clampStability(newS)
                // Outside a clamp nothing passes; the partials waiting in ps and pd are used up.
                let sPasses = clampedS == newS
                let dPasses = dOK == 1
                for j in 0..<Self.count {
                    let (oldS, oldD) = (ts[j], td[j])
                    ts[j] = sPasses ? a * oldS + b * oldD + ps[j] : 0
                    td[j] = dPasses ? c * oldD + pd[j] : 0
                    ps[j] = 0
                    pd[j] = 0
                }
                s = clampedS
                d = newD
            }
            return loss
        }
    }
}

/// The tangent vectors a gradient pass carries (dS/dw and dD/dw), and each step's direct partials
/// of the new S and D by the weights, waiting to be added: allocated once per pass.
struct GradientWorkspace: ~Copyable {
    private let storage: UnsafeMutableBufferPointer<Double>

    init() {
        storage = .allocate(capacity: 4 * TrainingModel.count)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    func withTangents<T>(
        _ body: (
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>
        ) -> T
    ) -> T {
        let count = TrainingModel.count
        func slice(_ index: Int) -> UnsafeMutableBufferPointer<Double> {
            UnsafeMutableBufferPointer(rebasing: storage[(index * count)..<((index + 1) * count)])
        }
        return body(slice(0), slice(1), slice(2), slice(3))
    }
}
