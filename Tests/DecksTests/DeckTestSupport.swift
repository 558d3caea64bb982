import Curriculum
import Foundation
import TextFormats

@testable import Decks

/// The malformed and valid deck files the tests decode, one per check.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The lessons deck links are checked against: two lessons with a few sections.
let testLessons = LessonLibrary(lessons: [
    testLesson("referral-patterns", order: 5, anchors: ["upper-trapezius", "levator-scapulae"]),
    testLesson("safety", order: 9, anchors: ["red-flags"]),
])

private func testLesson(_ id: String, order: Int, anchors: [String]) -> Lesson {
    let blocks = anchors.enumerated().map { index, anchor in
        MarkdownBlock.heading(level: 2, text: anchor, anchor: anchor, line: 10 * (index + 1))
    }
    return Lesson(
        id: id, title: id, topic: "Test", order: order, minutes: 5, file: "Curriculum/\(id).md",
        document: MarkdownDocument(blocks: blocks))
}

func fixtureBytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
}

/// Decodes `Fixtures/<name>`, naming it `Fixtures/<name>` in diagnostics.
func decodeFixture(_ name: String, lessons: LessonLibrary? = testLessons) throws -> (
    deck: Deck?, diagnostics: [Diagnostic]
) {
    DeckDecoder.decode(try fixtureBytes(name), file: "Fixtures/\(name)", lessons: lessons)
}

/// Decodes an inline deck text, named `deck.json` in diagnostics.
func decode(_ text: String, lessons: LessonLibrary? = testLessons) -> (deck: Deck?, diagnostics: [Diagnostic])
{
    DeckDecoder.decode(Array(text.utf8), file: "deck.json", lessons: lessons)
}

/// An error exactly as a user should see it: file, line, column, question, field and the full
/// message (with its `question '…', field '…':` prefix).
func diagnostic(
    _ file: String, _ line: Int, _ column: Int, _ message: String, question: String? = nil,
    field: String? = nil
) -> Diagnostic {
    Diagnostic(
        .error, file: file, position: SourcePosition(line: line, column: column), message: message,
        questionID: question, field: field)
}

/// A warning exactly as a user should see it.
func warning(
    _ file: String, _ line: Int, _ column: Int, _ message: String, question: String? = nil,
    field: String? = nil
) -> Diagnostic {
    Diagnostic(
        .warning, file: file, position: SourcePosition(line: line, column: column), message: message,
        questionID: question, field: field)
}
