import Testing
import TextFormats

@testable import Curriculum

private let file = "Curriculum/sample.md"

private func error(_ line: Int, _ message: String, field: String? = nil) -> Diagnostic {
    Diagnostic(
        .error, file: file, position: SourcePosition(line: line, column: 1), message: message, field: field)
}

/// A lesson whose header lines are `header` (between the two `---` lines, which are lines 1 and
/// `header.count + 2`), followed by `body`.
private func lesson(header: [String], body: String = "Some body text.") -> String {
    (["---"] + header + ["---"]).joined(separator: "\n") + "\n" + body
}

private let validHeader = [
    "id: sample-lesson", "title: A sample lesson", "topic: Foundations", "order: 3", "minutes: 10",
]

@Suite struct LessonParserHeaderTests {
    @Test func readsTheHeaderAndTheBody() throws {
        let text = lesson(
            header: validHeader, body: "Intro with **bold**.\n\n## First section {#first}\n\nBody.\n")
        let (parsed, diagnostics) = LessonParser.parse(text, file: file)
        #expect(diagnostics.isEmpty)
        let expected = Lesson(
            id: "sample-lesson", title: "A sample lesson", topic: "Foundations", order: 3, minutes: 10,
            file: file,
            document: MarkdownDocument(blocks: [
                .paragraph("Intro with **bold**."),
                .heading(level: 2, text: "First section", anchor: "first", line: 10),
                .paragraph("Body."),
            ]), idPosition: SourcePosition(line: 2, column: 5))
        #expect(parsed == expected)
        #expect(parsed?.anchors == ["first"])
    }

    @Test func unquotesValuesAndKeepsColonsInsideThem() throws {
        let header = [
            "id: 'sample-lesson'", "title: \"Knots: what they are\"", "# a comment line", "",
            "topic:   Foundations  ", "order: 0", "minutes: 5",
        ]
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(diagnostics.isEmpty)
        #expect(parsed?.id == "sample-lesson")
        #expect(parsed?.title == "Knots: what they are")
        #expect(parsed?.topic == "Foundations")
        #expect(parsed?.order == 0)
    }

    @Test func readsAFileWithAByteOrderMarkAndWindowsLineEnds() throws {
        let text =
            "\u{FEFF}"
            + lesson(header: validHeader, body: "Intro.\n\n## Section\n\nText.\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (parsed, diagnostics) = LessonParser.parse(text, file: file)
        #expect(diagnostics.isEmpty)
        #expect(parsed?.id == "sample-lesson")
        #expect(parsed?.minutes == 10)
        #expect(
            parsed?.document.blocks == [
                .paragraph("Intro."), .heading(level: 2, text: "Section", anchor: "section", line: 10),
                .paragraph("Text."),
            ])
    }

    @Test func requiresAHeader() {
        let (parsed, diagnostics) = LessonParser.parse("## Title\n\nBody.", file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(
                    1,
                    "a lesson starts with a header between two '---' lines (id, title, topic, order, minutes)"
                )
            ])
    }

    @Test func reportsAHeaderThatIsNeverClosed() {
        let (parsed, diagnostics) = LessonParser.parse("---\nid: x\ntitle: y\n\nBody.", file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(1, "the header opened with '---' is never closed; add a '---' line after the last key")
            ]
        )
    }

    @Test func suggestsTheKeyAMisspeltKeyWasMeantToBe() {
        var header = validHeader
        header[1] = "titel: A sample lesson"
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(3, "unknown header key 'titel'; did you mean 'title'?", field: "titel"),
                error(7, "the header is missing 'title'", field: "title"),
            ])
    }

    @Test func listsTheKeysWhenAnUnknownKeyIsNotNearAny() {
        let (parsed, diagnostics) = LessonParser.parse(
            lesson(header: validHeader + ["author: Jane"]), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(
                    7, "unknown header key 'author'; the keys are id, title, topic, order, minutes",
                    field: "author")
            ])
    }

    @Test func reportsAKeyGivenTwice() {
        var header = validHeader
        header.insert("topic: Again", at: 3)
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(parsed == nil)
        #expect(diagnostics == [error(5, "'topic' is given twice (first on line 4)", field: "topic")])
    }

    @Test func reportsEveryMissingKeyOnTheClosingLine() {
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: ["id: sample-lesson"]), file: file)
        #expect(parsed == nil)
        let expected = ["title", "topic", "order", "minutes"].map { (key: String) in
            error(3, "the header is missing '\(key)'", field: key)
        }
        #expect(diagnostics == expected)
    }

    @Test func requiresWholeNumbersForOrderAndMinutes() {
        var header = validHeader
        header[3] = "order: first"
        header[4] = "minutes: -5"
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(5, "'order' must be a whole number of 0 or more, not 'first'", field: "order"),
                error(6, "'minutes' must be a whole number of 0 or more, not '-5'", field: "minutes"),
            ])
    }

    @Test func rejectsAnInvalidLessonID() {
        var header = validHeader
        header[0] = "id: Sample_Lesson"
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(
                    2,
                    "the lesson id 'Sample_Lesson' is not valid; use lowercase letters and digits joined by single "
                        + "hyphens, e.g. upper-trapezius", field: "id")
            ])
    }

    @Test func rejectsAnEmptyTitleOrTopic() {
        var header = validHeader
        header[1] = "title: \"\""
        header[2] = "topic:"
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: header), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(3, "'title' is empty", field: "title"), error(4, "'topic' is empty", field: "topic"),
            ])
    }

    @Test func reportsAHeaderLineThatIsNotKeyAndValue() {
        let (parsed, diagnostics) = LessonParser.parse(
            lesson(header: validHeader + ["just some words"]), file: file)
        #expect(parsed == nil)
        #expect(diagnostics == [error(7, "expected 'key: value' in the header, found 'just some words'")])
    }

    @Test func requiresABody() {
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: validHeader, body: "\n\n"), file: file)
        #expect(parsed == nil)
        #expect(diagnostics == [error(7, "the lesson has no body text after its header")])
    }

    @Test func keepsALessonWithOnlyWarnings() {
        let (parsed, diagnostics) = LessonParser.parse(
            lesson(header: validHeader, body: "# Big title\n\nText."), file: file)
        #expect(parsed?.id == "sample-lesson")
        #expect(
            diagnostics == [
                Diagnostic(
                    .warning, file: file, position: SourcePosition(line: 8, column: 1),
                    message:
                        "a level-1 heading in the body; the lesson title comes from the header, use ## here")
            ])
    }

    @Test func rejectsALessonWithBodyErrorsLocatedInTheFile() {
        let body = "## Summary\n\nText.\n\n## Summary\n\nMore."
        let (parsed, diagnostics) = LessonParser.parse(lesson(header: validHeader, body: body), file: file)
        #expect(parsed == nil)
        #expect(
            diagnostics == [
                error(
                    12,
                    "the section anchor 'summary' of \"Summary\" is already used on line 8; "
                        + "give this heading its own {#anchor}")
            ])
    }
}
