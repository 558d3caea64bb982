import Foundation

/// fsrs-rs's pre-training: w0–w3, the stability after a first Again, Hard, Good or Easy, fitted
/// from how often the card's first long-term review was recalled after how many days.
enum InitialStability {
    /// Weights of the two geometric means that fill a rating with no data from its neighbours.
    private static let w1 = 0.41
    private static let w2 = 0.54

    struct Fit {
        let stabilities: [Double]
        /// How many first long-term reviews followed each first rating (1–4; absent when none).
        let counts: [Int: Int]
    }

    /// - Returns: nil when no first long-term review is left to fit on.
    static func fit(_ items: [TrainingSet.Item], in set: TrainingSet, averageRecall: Double) -> Fit? {
        var groups: [Int: [Int32: (recalled: Int, count: Int)]] = [:]
        for item in items {
            let entry = groups[Int(set.firstRating(item)), default: [:]][set.days(item), default: (0, 0)]
            groups[Int(set.firstRating(item)), default: [:]][set.days(item)] = (
                entry.recalled + (set.recalled(item) ? 1 : 0), entry.count + 1
            )
        }
        var stabilities: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        for (rating, byDays) in groups {
            let data = byDays.sorted { $0.key < $1.key }.map { days, outcome in
                let count = Double(outcome.count)
                let recall = Double(outcome.recalled) / count
                // Laplace smoothing towards the average recall.
                return (
                    days: Double(days), recall: (recall * count + averageRecall) / (count + 1), count: count
                )
            }
            counts[rating] = outcome(data)
            stabilities[rating] = search(data, defaultStability: FSRSParameters.default[rating - 1])
        }
        guard let filled = smoothAndFill(stabilities, counts: counts) else { return nil }
        return Fit(stabilities: filled, counts: counts)
    }

    private static func outcome(_ data: [(days: Double, recall: Double, count: Double)]) -> Int {
        Int(data.reduce(0) { $0 + $1.count })
    }

    /// Ternary search for the stability with the least log loss plus |s - default| / 16.
    private static func search(
        _ data: [(days: Double, recall: Double, count: Double)], defaultStability: Double
    )
        -> Double
    {
        let decay = -FSRSParameters.default[20]
        let factor = pow(0.9, 1 / decay) - 1
        func loss(_ stability: Double) -> Double {
            var total = 0.0
            for point in data {
                let p = pow(point.days / stability * factor + 1, decay)
                total -= (point.recall * log(p) + (1 - point.recall) * log(1 - p)) * point.count
            }
            return total + abs(stability - defaultStability) / 16
        }
        var low = ParameterClipping.minimumStability
        var high = ParameterClipping.maximumInitialStability
        var best = defaultStability
        var iteration = 0
        while high - low > Double.ulpOfOne && iteration < 1000 {
            iteration += 1
            let third1 = low + (high - low) / 3
            let third2 = high - (high - low) / 3
            if loss(third1) < loss(third2) { high = third2 } else { low = third1 }
            best = (high + low) / 2
        }
        return best
    }

    /// Makes the four stabilities grow with the rating and fills ratings without data, as
    /// fsrs-rs's `smooth_and_fill`; nil when no rating has data.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var stability = fitted.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let smallValue = stability[small], let bigValue = stability[big], smallValue > bigValue {
                if counts[small]! > counts[big]! {
                    stability[big] = smallValue
                } else {
                    stability[small] = bigValue
                }
            }
        }
        let defaults = (1...4).map { FSRSParameters.default[$0 - 1] }
        var s: [Double?] = [nil] + (1...4).map { stability[$0] }
        switch stability.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = stability.first!
            let factor = value / defaults[rating - 1]
            return defaults.map { $0 * factor }.sorted().map(clamp)
        case 2:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                s[2] = r2
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                s[3] = r3
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 / (w1 + w2 - w1 * w2)
                let j = w2 / (w1 + w2 - w1 * w2)
                s[2] = pow(r1, k) * pow(r4, 1 - k)
                s[3] = pow(r1, 1 - j) * pow(r4, j)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                s[2] = r2
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                s[3] = r3
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
        case 3:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, let r2?, let r3?, _): s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _): s[2] = pow(r1, w1) * pow(r3, 1 - w1)
            case (_, let r2?, nil, let r4?): s[3] = pow(r2, 1 - w2) * pow(r4, w2)
            case (_, let r2?, let r3?, nil): s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
        default: break
        }
        return s.dropFirst().map { clamp($0 ?? ParameterClipping.minimumStability) }
    }

    private static func clamp(_ value: Double) -> Double {
        min(max(value, ParameterClipping.minimumStability), ParameterClipping.maximumInitialStability)
    }
}
