import Foundation
import Testing

@testable import PalpateCLI

/// A question imported without a lesson (issue 17) has none to read: the card view, the leech
/// list and the leech warning say so, or say nothing, instead of "palpate read " with no lesson.
@Suite struct UnlinkedLessonCommandTests {
    let course: URL
    private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

    init() throws {
        course = temporaryDataDirectory()
        let files = FileManager.default
        try files.createDirectory(
            at: course.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        try files.copyItem(
            at: studyCourse.appendingPathComponent("Curriculum"),
            to: course.appendingPathComponent("Curriculum"))
        let deck = """
            { "format": 1, "id": "imported", "title": "Imported", "questions": [
              { "id": "q", "type": "true-false", "prompt": "Latent trigger points cause spontaneous pain.",
                "answer": false, "explanation": "Latent points hurt only when pressed." } ] }
            """
        try Data(deck.utf8).write(to: course.appendingPathComponent("Quizzes/imported.json"))
    }

    private func run(_ student: Student, _ arguments: [String], input: [String] = []) -> CLIRun {
        runPalpate(
            ["--content", course.path, "--data-dir", student.data.path] + arguments, input: input,
            now: morning)
    }

    @Test func theCardViewAndTheLeechListNameNoLessonToRead() throws {
        let student = Student()
        let card = run(student, ["card", "imported/q"])
        #expect(card.exitCode == .success, "\(card.errorOutput)")
        #expect(card.output.contains("none linked"))
        #expect(!card.output.contains("palpate read"))
        let review = run(student, ["review"], input: ["true", "", "", ""])
        #expect(!review.output.contains("palpate read"), "\(review.output)")
        try student.store().markLeech(cardID: "imported/q", suspend: true, now: morning)
        let stats = run(student, ["stats"])
        #expect(stats.output.contains("imported/q"), "\(stats.output)")
        #expect(!stats.output.contains("palpate read"))
    }
}
