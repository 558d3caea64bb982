/// py-fsrs's interval fuzz: intervals of 3 days and more move by a random few percent so that
/// cards learnt together spread out instead of falling due on the same day.
enum Fuzz {
    /// py-fsrs's `FUZZ_RANGES`: 15% of the part of the interval between 2.5 and 7 days, 10% of the
    /// part between 7 and 20, 5% beyond 20.
    private typealias Band = (start: Double, end: Double, factor: Double)
    private static let ranges: (Band, Band, Band) = (
        (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05)
    )

    /// The smallest and largest fuzzed interval for `days` (py-fsrs's `_get_fuzz_range`).
    static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int> {
        // The three bands written out, where there was a loop over a static array (a tenth of the
        // scheduler's time); the same operations in the same order, so the same results.
        let days = Double(days)
        var delta = 1.0
        delta += ranges.0.factor * max(min(days, ranges.0.end) - ranges.0.start, 0.0)
        delta += ranges.1.factor * max(min(days, ranges.1.end) - ranges.1.start, 0.0)
        delta += ranges.2.factor * max(min(days, ranges.2.end) - ranges.2.start, 0.0)
        var lower = Int((days - delta).rounded(.toNearestOrEven))
        var upper = Int((days + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// `days` fuzzed with one draw from `random`; intervals under 2.5 days are returned as they
    /// are without drawing, exactly when py-fsrs draws.
    static func interval(days: Int, maximumInterval: Int, random: inout some RandomSource) -> Int {
        if Double(days) < 2.5 { return days }
        let range = range(days: days, maximumInterval: maximumInterval)
        let fuzzed =
            random.nextDouble() * Double(range.upperBound - range.lowerBound + 1) + Double(range.lowerBound)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }
}
