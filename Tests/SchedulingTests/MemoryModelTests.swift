import Testing

@testable import Scheduling

@Suite struct MemoryModelTests {
    let model = MemoryModel(parameters: .default)

    /// The stability whose unrounded interval is exactly `days`, found by stepping through
    /// neighbouring doubles; nil when no double lands exactly on it.
    private func stability(givingExactly days: Double) -> Double? {
        var stability = days
        for _ in 0..<60 {
            let raw = model.unroundedInterval(stability: stability, desiredRetention: 0.9)
            if raw == days { return stability }
            stability *= days / raw
        }
        var candidate = stability
        for _ in 0..<64 {
            if model.unroundedInterval(stability: candidate, desiredRetention: 0.9) == days {
                return candidate
            }
            candidate = candidate.nextUp
        }
        return nil
    }

    /// Python's `round(2.5)` is 2 and `round(3.5)` is 4; py-fsrs rounds intervals with it.
    @Test func intervalsRoundHalfToEvenLikePython() throws {
        let twoAndAHalf = try #require(stability(givingExactly: 2.5))
        let threeAndAHalf = try #require(stability(givingExactly: 3.5))
        #expect(model.interval(stability: twoAndAHalf, desiredRetention: 0.9, maximumInterval: 36_500) == 2)
        #expect(model.interval(stability: threeAndAHalf, desiredRetention: 0.9, maximumInterval: 36_500) == 4)
    }

    @Test func intervalIsAtLeastOneDayAndAtMostTheMaximum() {
        #expect(model.interval(stability: 0.001, desiredRetention: 0.9, maximumInterval: 36_500) == 1)
        #expect(model.interval(stability: 1e300, desiredRetention: 0.9, maximumInterval: 365) == 365)
    }

    @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
        let retrievability = model.retrievability(elapsedDays: 10, stability: 10)
        #expect(abs(retrievability - 0.9) < 1e-12)
        #expect(model.retrievability(elapsedDays: -3, stability: 10) == 1)
    }

    @Test func difficultyStaysWithinOneToTen() {
        var difficulty = 5.0
        for _ in 0..<100 { difficulty = model.nextDifficulty(difficulty, .again) }
        #expect(difficulty <= 10)
        for _ in 0..<100 { difficulty = model.nextDifficulty(difficulty, .easy) }
        #expect(difficulty >= 1)
    }
}
