import Testing

@testable import PalpateCLI

@Suite struct ChartTests {
    @Test func heatmapColumnsStartOnMondayAndShadeByQuartileOfTheBusiestDay() {
        // Wednesday to the next Tuesday: 0, 1, 4, 8, 0, 0, 2, 8.
        let values = [0, 1, 4, 8, 0, 0, 2, 8]
        let days = values.enumerated().map { (weekday: ($0.offset + 2) % 7 + 1, reviews: $0.element) }
        let lines = Heatmap(days: days).lines(style: TerminalStyle(enabled: false))
        #expect(lines == ["Mon  .", "Tue  -", "Wed .#", "Thu -", "Fri +", "Sat #", "Sun ."])
    }

    @Test func barsScaleToTheLargestValueAndCarryTheirNumbers() {
        let chart = BarChart(rows: [("a", 10), ("bb", 5), ("c", 0)], barWidth: 10)
        #expect(
            chart.lines(style: TerminalStyle(enabled: false)) == [
                "a   10 ##########", "bb   5 #####", "c    0",
            ])
    }
}
