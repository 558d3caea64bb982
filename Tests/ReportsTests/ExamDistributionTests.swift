import Testing

@testable import Reports

@Suite struct ExamDistributionTests {
    @Test func scoresFallInTenPointBandsWithTheCentre() {
        let distribution = ExamDistribution(scores: [(0.7, true), (0.65, false), (1.0, true), (0.95, true)])
        #expect(distribution.bands == [0, 0, 0, 0, 0, 0, 1, 1, 0, 2])
        #expect(distribution.count == 4)
        #expect(distribution.passed == 3)
        #expect(abs((distribution.mean ?? 0) - 0.825) < 1e-12)
        #expect(abs((distribution.median ?? 0) - 0.825) < 1e-12)
        #expect(ExamDistribution.bandLabel(9) == "90–100%")
    }

    @Test func noExamsHaveNoCentre() {
        let distribution = ExamDistribution(scores: [])
        #expect(distribution.mean == nil)
        #expect(distribution.median == nil)
    }
}
