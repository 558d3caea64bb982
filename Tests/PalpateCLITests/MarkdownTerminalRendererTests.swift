import Curriculum
import Testing

@testable import PalpateCLI

@Suite struct MarkdownTerminalRendererTests {
    private let plain = MarkdownTerminalRenderer(width: 30, style: TerminalStyle(enabled: false))
    private let styled = MarkdownTerminalRenderer(width: 30, style: TerminalStyle(enabled: true))

    @Test func paragraphsWrapAtTheWidthWithoutBreakingWords() {
        let lines = plain.render([
            .paragraph("Static compression is held until the tissue softens under the thumb.")
        ])
        #expect(lines == ["Static compression is held", "until the tissue softens under", "the thumb."])
    }

    @Test func headingsAreUnderlinedWhenPlainAndColouredWhenStyled() {
        #expect(
            plain.render([.heading(level: 2, text: "Safety", anchor: "safety", line: 1)]) == [
                "Safety", "------",
            ])
        #expect(
            styled.render([.heading(level: 2, text: "Safety", anchor: "safety", line: 1)]) == [
                "\u{1B}[1;36mSafety\u{1B}[0m"
            ])
    }

    @Test func listsHangTheirContinuationLines() {
        let lines = plain.render([
            .list(
                ordered: true,
                items: [.init(depth: 0, text: "Ask for consent before any pressure work begins.")]),
            .list(
                ordered: false, items: [.init(depth: 0, text: "one"), .init(depth: 1, text: "nested item")]),
        ])
        #expect(
            lines == [
                "1. Ask for consent before any", "   pressure work begins.", "", "• one", "  ◦ nested item",
            ])
    }

    @Test func emphasisIsStyledOnlyWhenStylingIsOn() {
        #expect(plain.render([.paragraph("a **taut band**, felt")]) == ["a taut band, felt"])
        #expect(
            styled.render([.paragraph("a **taut band**, felt")]) == [
                "a \u{1B}[1mtaut\u{1B}[0m \u{1B}[1mband\u{1B}[0m, felt"
            ])
    }

    @Test func quotesAreMarkedWithABar() {
        #expect(
            plain.render([.quote(["Claim: toxins.", "Evidence: none."])]) == [
                "│ Claim: toxins.", "│", "│ Evidence: none.",
            ])
    }

    @Test func controlSequencesInContentNeverReachTheTerminal() {
        let lines = plain.render([.paragraph("Hi \u{1B}[2J\u{1B}]0;pwned\u{07}there")])
        #expect(lines == ["Hi there"])
    }
}
