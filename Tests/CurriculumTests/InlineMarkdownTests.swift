import Testing

@testable import Curriculum

private func plain(_ text: String) -> InlineMarkdown.Run { .init(text, .plain) }
private func bold(_ text: String) -> InlineMarkdown.Run { .init(text, .bold) }
private func italic(_ text: String) -> InlineMarkdown.Run { .init(text, .italic) }
private func code(_ text: String) -> InlineMarkdown.Run { .init(text, .code) }

@Suite struct InlineMarkdownTests {
    @Test func splitsBoldItalicAndCode() {
        #expect(
            InlineMarkdown.runs(in: "A **taut band**, *not* a _spasm_; see `palpate read`.") == [
                plain("A "), bold("taut band"), plain(", "), italic("not"), plain(" a "), italic("spasm"),
                plain("; see "), code("palpate read"), plain("."),
            ])
    }

    @Test func keepsMarkersInsideCodeLiteral() {
        #expect(InlineMarkdown.runs(in: "`**x** _y_`") == [code("**x** _y_")])
    }

    @Test func keepsUnclosedMarkersAsText() {
        #expect(InlineMarkdown.runs(in: "**bold never ends") == [plain("**bold never ends")])
        #expect(InlineMarkdown.runs(in: "an *open star") == [plain("an *open star")])
        #expect(InlineMarkdown.runs(in: "a `tick") == [plain("a `tick")])
        #expect(InlineMarkdown.runs(in: "ends with *") == [plain("ends with *")])
    }

    @Test func doesNotTreatSpacedStarsAsEmphasis() {
        #expect(InlineMarkdown.runs(in: "2 * 3 * 4") == [plain("2 * 3 * 4")])
        #expect(InlineMarkdown.runs(in: "empty ** here") == [plain("empty ** here")])
    }

    @Test func keepsUnderscoresInsideWords() {
        #expect(InlineMarkdown.runs(in: "the snake_case_name field") == [plain("the snake_case_name field")])
        #expect(
            InlineMarkdown.runs(in: "a snake_case word and _real emphasis_") == [
                plain("a snake_case word and "), italic("real emphasis"),
            ])
    }

    @Test func givesNoRunsForEmptyText() {
        #expect(InlineMarkdown.runs(in: "").isEmpty)
    }

    @Test func strippingMarkersLeavesThePlainText() {
        #expect(
            InlineMarkdown.plainText("A **taut band**, *not* `code`, 2 * 3") == "A taut band, not code, 2 * 3"
        )
    }
}
