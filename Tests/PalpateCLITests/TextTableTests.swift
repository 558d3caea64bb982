import Testing

@testable import PalpateCLI

@Suite struct TextTableTests {
    private let plain = TerminalStyle(enabled: false)
    private let counts = TextTable(
        header: ["NEW", "LEARNING", "REVIEW", "SUSPENDED", "LEECHES"], rows: [["314", "1", "0", "2", "0"]])

    @Test func columnsThatDoNotFitContinueBelowAsATableOfTheirOwn() {
        #expect(
            counts.lines(style: plain, fitting: 30) == [
                "NEW  LEARNING  REVIEW", "314  1         0",
                "SUSPENDED  LEECHES", "2          0",
            ])
    }

    @Test func pipedOrWideEnoughARowStaysOnOneLine() {
        let oneLine = ["NEW  LEARNING  REVIEW  SUSPENDED  LEECHES", "314  1         0       2          0"]
        #expect(counts.lines(style: plain, fitting: nil) == oneLine)
        #expect(counts.lines(style: plain, fitting: 41) == oneLine)
    }

    @Test func stackedLinesPutTheFirstColumnAboveTheRestOfItsRow() {
        let table = TextTable(
            header: ["CARD", "STATE", "REPS"],
            rows: [["deck/a-long-card-id", "new", "0"], ["deck/b", "review", "12"]],
            rightAligned: [2])
        #expect(
            table.stackedLines(style: plain) == [
                "CARD", "  STATE   REPS",
                "deck/a-long-card-id", "  new        0",
                "deck/b", "  review    12",
            ])
    }
}
