import Testing
import TextFormats

@testable import Curriculum

/// Parses `text` as a lesson body whose first line is line 1.
private func parse(_ text: String) -> (blocks: [MarkdownBlock], diagnostics: [Diagnostic]) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        (number: $0.offset + 1, text: String($0.element))
    }
    var parser = MarkdownParser(lines: lines, file: "lesson.md")
    let document = parser.parse()
    return (document.blocks, parser.diagnostics)
}

private func error(_ line: Int, _ message: String) -> Diagnostic {
    Diagnostic(.error, file: "lesson.md", position: SourcePosition(line: line, column: 1), message: message)
}

private func warning(_ line: Int, _ message: String) -> Diagnostic {
    Diagnostic(.warning, file: "lesson.md", position: SourcePosition(line: line, column: 1), message: message)
}

private func item(_ text: String, depth: Int = 0) -> MarkdownBlock.ListItem {
    MarkdownBlock.ListItem(depth: depth, text: text)
}

@Suite struct MarkdownParserBlockTests {
    @Test func joinsParagraphLinesAndSplitsOnBlankLines() {
        let (blocks, diagnostics) = parse("First line\n  wraps here.\n\n\nSecond paragraph.")
        #expect(diagnostics.isEmpty)
        #expect(blocks == [.paragraph("First line wraps here."), .paragraph("Second paragraph.")])
    }

    @Test func endsAParagraphAtAHeadingListQuoteOrFence() {
        let (blocks, _) = parse("Text\n## Heading\nIntro:\n- item\nAfter\n> quoted\nBefore\n```\ncode\n```")
        #expect(
            blocks == [
                .paragraph("Text"), .heading(level: 2, text: "Heading", anchor: "heading", line: 2),
                .paragraph("Intro:"), .list(ordered: false, items: [item("item")]), .paragraph("After"),
                .quote(["quoted"]), .paragraph("Before"), .code("code"),
            ])
    }

    @Test func keepsAHashThatIsNotAHeadingAsText() {
        let (blocks, diagnostics) = parse("Tag it\n#hashtag here\n\n####### seven")
        #expect(diagnostics.isEmpty)
        #expect(blocks == [.paragraph("Tag it #hashtag here"), .paragraph("####### seven")])
    }

    @Test func readsNestedListsWithContinuationLines() {
        let text = """
            - one
            - two
              continued here
              - nested a
              - nested b
            * three

            - after a blank line
            """
        let (blocks, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(
            blocks == [
                .list(
                    ordered: false,
                    items: [
                        item("one"), item("two continued here"), item("nested a", depth: 1),
                        item("nested b", depth: 1), item("three"), item("after a blank line"),
                    ])
            ])
    }

    @Test func readsOrderedListsAndNestsOtherListsInThem() {
        let (blocks, _) = parse("1. first\n   - detail\n2. second\n10. tenth")
        #expect(
            blocks == [
                .list(
                    ordered: true,
                    items: [item("first"), item("detail", depth: 1), item("second"), item("tenth")])
            ])
    }

    @Test func startsANewListWhenTheKindChanges() {
        let (blocks, _) = parse("1. first\n- bullet\n\n2. again")
        #expect(
            blocks == [
                .list(ordered: true, items: [item("first")]),
                .list(ordered: false, items: [item("bullet")]),
                .list(ordered: true, items: [item("again")]),
            ])
    }

    @Test func endsAListAtAnUnindentedLine() {
        let (blocks, _) = parse("- a\nNot in the list.")
        #expect(blocks == [.list(ordered: false, items: [item("a")]), .paragraph("Not in the list.")])
    }

    @Test func readsQuotesWithParagraphs() {
        let (blocks, _) = parse("> Key idea: one\n> continues.\n>\n> Second paragraph.\n\nAfter.")
        #expect(blocks == [.quote(["Key idea: one continues.", "Second paragraph."]), .paragraph("After.")])
    }

    @Test func keepsFencedCodeVerbatim() {
        let (blocks, diagnostics) = parse("```text\n## not a heading\n    - **not** a list\n\n```\nAfter.")
        #expect(diagnostics.isEmpty)
        #expect(blocks == [.code("## not a heading\n    - **not** a list\n"), .paragraph("After.")])
    }

    @Test func warnsAboutAnUnclosedFenceAndKeepsTheRestAsCode() {
        let (blocks, diagnostics) = parse("Text.\n\n```\ncode\nmore")
        #expect(blocks == [.paragraph("Text."), .code("code\nmore")])
        #expect(diagnostics == [warning(3, "a code block opened with ``` is never closed")])
    }
}

@Suite struct MarkdownParserHeadingTests {
    @Test func makesAnchorsFromHeadingText() {
        let (blocks, diagnostics) = parse("## Upper trapezius (the shrug muscle)\n### Tête & cou")
        #expect(diagnostics.isEmpty)
        #expect(
            blocks == [
                .heading(
                    level: 2, text: "Upper trapezius (the shrug muscle)",
                    anchor: "upper-trapezius-the-shrug-muscle", line: 1),
                .heading(level: 3, text: "Tête & cou", anchor: "tete-cou", line: 2),
            ])
    }

    @Test func usesAnExplicitAnchor() {
        let (blocks, _) = parse("## The taut band {#band}")
        #expect(blocks == [.heading(level: 2, text: "The taut band", anchor: "band", line: 1)])
    }

    @Test func rejectsAnInvalidAnchorButStillMakesOne() {
        let (blocks, diagnostics) = parse("## Odd {#Bad Anchor}")
        #expect(blocks == [.heading(level: 2, text: "Odd", anchor: "bad-anchor", line: 1)])
        #expect(
            diagnostics == [
                error(
                    1,
                    "the anchor '{#Bad Anchor}' is not valid; use lowercase letters and digits joined by single "
                        + "hyphens, e.g. upper-trapezius")
            ])
    }

    @Test func rejectsADuplicateAnchorWhetherWrittenOrMade() {
        let (_, diagnostics) = parse("## Summary\n\n## Band {#summary}\n\n### Summary")
        #expect(
            diagnostics == [
                error(
                    3,
                    "the section anchor 'summary' of \"Band\" is already used on line 1; "
                        + "give this heading its own {#anchor}"),
                error(
                    5,
                    "the section anchor 'summary' of \"Summary\" is already used on line 1; "
                        + "give this heading its own {#anchor}"),
            ])
    }

    @Test func warnsAboutALevelOneHeading() {
        let (blocks, diagnostics) = parse("# Title")
        #expect(blocks == [.heading(level: 1, text: "Title", anchor: "title", line: 1)])
        #expect(
            diagnostics == [
                warning(
                    1, "a level-1 heading in the body; the lesson title comes from the header, use ## here")
            ])
    }

    @Test func rejectsAHeadingWithoutText() {
        let (_, diagnostics) = parse("Text.\n\n##\n\n## {#only-anchor}")
        #expect(diagnostics == [error(3, "this heading has no text"), error(5, "this heading has no text")])
    }
}
