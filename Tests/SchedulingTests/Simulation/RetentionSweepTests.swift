import Testing

@testable import Scheduling

@Suite struct RetentionSweepTests {
    @Test func bestIsTheArgMaxOfMemorisedPerMinute() throws {
        let sweep = try RetentionSweep.run(
            cards: WorkloadSimulatorTests.studied, newCards: 200,
            setup: WorkloadSimulatorTests.setup(days: 90), retentions: [0.7, 0.8, 0.85, 0.9, 0.95, 0.97],
            seed: 11)
        #expect(sweep.points.map(\.retention) == [0.7, 0.8, 0.85, 0.9, 0.95, 0.97])
        let ratios = sweep.points.map { $0.memorisedPerMinute! }
        let best = try #require(sweep.bestIndex)
        #expect(ratios[best] == ratios.max())
        #expect(sweep.points.first!.minutesPerDay < sweep.points.last!.minutesPerDay)
    }

    @Test func firstOfEqualsWinsAndNoStudyMarksNothing() {
        func point(_ retention: Double, _ ratio: Double?) -> RetentionSweep.Point {
            .init(
                retention: retention, answersPerDay: 0, minutesPerDay: 0, memorised: 0,
                memorisedPerMinute: ratio)
        }
        #expect(RetentionSweep(points: [point(0.7, 1), point(0.8, 2), point(0.9, 2)]).bestIndex == 1)
        #expect(RetentionSweep(points: [point(0.7, nil), point(0.8, nil)]).bestIndex == nil)
    }

    @Test func sameSeedSameSweep() throws {
        let setup = WorkloadSimulatorTests.setup(days: 30)
        let first = try RetentionSweep.run(
            cards: WorkloadSimulatorTests.studied, newCards: 50, setup: setup, retentions: [0.8, 0.9], seed: 5
        )
        let second = try RetentionSweep.run(
            cards: WorkloadSimulatorTests.studied, newCards: 50, setup: setup, retentions: [0.8, 0.9], seed: 5
        )
        #expect(first == second)
    }

    @Test func retentionOutsideZeroToOneIsRefused() {
        #expect(throws: SchedulerConfigurationError.self) {
            try RetentionSweep.run(
                cards: [], newCards: 0, setup: WorkloadSimulatorTests.setup(), retentions: [1.0], seed: 1)
        }
    }
}
