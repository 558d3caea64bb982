/// How the class's practice exam scores spread: ten bands of ten points, and the centre.
public struct ExamDistribution: Sendable, Equatable {
    /// `bands[0]` counts scores under 10%, …, `bands[9]` scores from 90% to 100% inclusive.
    public var bands: [Int]
    public var count: Int
    public var mean: Double?
    public var median: Double?
    public var passed: Int

    public init(bands: [Int], count: Int, mean: Double?, median: Double?, passed: Int) {
        self.bands = bands
        self.count = count
        self.mean = mean
        self.median = median
        self.passed = passed
    }

    /// - Parameter scores: every exam's score (0…1) and whether it passed.
    public init(scores: [(score: Double, passed: Bool)]) {
        var bands = [Int](repeating: 0, count: 10)
        for entry in scores {
            // Round to whole points first, so 0.7 (which is 69.999… in binary) lands in 70–79.
            let points = Int((entry.score * 100).rounded())
            bands[min(9, max(0, points / 10))] += 1
        }
        let sorted = scores.map(\.score).sorted()
        let median: Double? =
            sorted.isEmpty
            ? nil
            : sorted.count % 2 == 1
                ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        self.init(
            bands: bands, count: scores.count,
            mean: scores.isEmpty ? nil : sorted.reduce(0, +) / Double(sorted.count), median: median,
            passed: scores.count { $0.passed })
    }

    /// `0–9%`, …, `90–100%`.
    public static func bandLabel(_ index: Int) -> String {
        index == 9 ? "90–100%" : "\(index * 10)–\(index * 10 + 9)%"
    }
}
