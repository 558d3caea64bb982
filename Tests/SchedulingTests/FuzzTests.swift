import Testing

@testable import Scheduling

@Suite struct FuzzTests {
    @Test func rangeWidensWithTheInterval() {
        #expect(Fuzz.range(days: 3, maximumInterval: 36_500) == 2...4)
        #expect(Fuzz.range(days: 10, maximumInterval: 36_500) == 8...12)
        #expect(Fuzz.range(days: 100, maximumInterval: 36_500) == 93...107)
    }

    @Test func rangeNeverPassesTheMaximumInterval() {
        #expect(Fuzz.range(days: 30, maximumInterval: 30) == 27...30)
    }

    @Test func shortIntervalsAreNotFuzzed() {
        var random = SplitMix64(seed: 9)
        #expect(Fuzz.interval(days: 2, maximumInterval: 36_500, random: &random) == 2)
        #expect(random == SplitMix64(seed: 9))
    }

    /// py-fsrs spreads a draw over one day more than the range, so the top draw lands a day past
    /// it (but never past the maximum interval); kept for exact agreement.
    @Test func extremeDrawsReachTheEndsOfTheRangeAsPyFSRSDoes() {
        var low = Constant(value: 0)
        var high = Constant(value: 0.999_999)
        #expect(Fuzz.interval(days: 100, maximumInterval: 36_500, random: &low) == 93)
        #expect(Fuzz.interval(days: 100, maximumInterval: 36_500, random: &high) == 108)
        #expect(Fuzz.interval(days: 30, maximumInterval: 30, random: &high) == 30)
    }

    private struct Constant: RandomSource {
        let value: Double
        mutating func nextDouble() -> Double { value }
    }
}
