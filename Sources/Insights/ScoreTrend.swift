/// Which way a series of scores is going: the least-squares slope per step, in score units.
public struct ScoreTrend: Sendable, Equatable {
    public let first: Double
    public let last: Double
    public let count: Int
    /// Change per exam (or session) of the best straight line through the scores.
    public let slope: Double

    /// `nil` for fewer than two scores, which have no direction.
    public init?(_ scores: [Double]) {
        guard scores.count >= 2, let first = scores.first, let last = scores.last else { return nil }
        let n = Double(scores.count)
        let meanX = (n - 1) / 2
        let meanY = scores.reduce(0, +) / n
        var numerator = 0.0
        var denominator = 0.0
        for (index, score) in scores.enumerated() {
            let dx = Double(index) - meanX
            numerator += dx * (score - meanY)
            denominator += dx * dx
        }
        self.first = first
        self.last = last
        self.count = scores.count
        slope = numerator / denominator
    }

    /// Rising, falling or steady, with half a point per step as the dead band.
    public var direction: String {
        if slope > 0.005 { return "rising" }
        if slope < -0.005 { return "falling" }
        return "steady"
    }
}
