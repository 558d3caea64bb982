import Testing

@testable import Insights

@Suite struct ScoreTrendTests {
    @Test func theSlopeIsTheLeastSquaresChangePerStep() throws {
        // Scores 0.6, 0.7, 0.8: a straight line rising 0.1 per exam.
        let trend = try #require(ScoreTrend([0.6, 0.7, 0.8]))
        #expect(abs(trend.slope - 0.1) < 1e-12)
        #expect(trend.direction == "rising")
        // 0.8, 0.6, 0.8, 0.6: dx = -1.5 -0.5 0.5 1.5, dy = 0.1 -0.1 0.1 -0.1;
        // Σdx·dy = -0.15 + 0.05 + 0.05 - 0.15 = -0.2, Σdx² = 5, slope = -0.04.
        let zigzag = try #require(ScoreTrend([0.8, 0.6, 0.8, 0.6]))
        #expect(abs(zigzag.slope - -0.04) < 1e-12)
        #expect(zigzag.direction == "falling")
        #expect(ScoreTrend([0.7, 0.7])?.direction == "steady")
    }

    @Test func oneScoreHasNoTrend() {
        #expect(ScoreTrend([0.9]) == nil)
        #expect(ScoreTrend([]) == nil)
    }
}
