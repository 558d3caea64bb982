import Foundation
import Testing
import TextFormats

@testable import Curriculum

/// The package's own folder, where the bundled Curriculum/ lives.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func makeLesson(_ id: String, order: Int, anchors: [String] = []) -> Lesson {
    let blocks = anchors.enumerated().map { index, anchor in
        MarkdownBlock.heading(level: 2, text: anchor, anchor: anchor, line: index + 8)
    }
    return Lesson(
        id: id, title: id, topic: "Topic", order: order, minutes: 5, file: "\(id).md",
        document: MarkdownDocument(blocks: blocks))
}

/// Runs `body` with a new empty folder, removed afterwards.
private func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("palpate-curriculum-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
}

private func lessonFile(id: String, order: Int) -> String {
    "---\nid: \(id)\ntitle: Lesson \(id)\ntopic: Test\norder: \(order)\nminutes: 5\n---\n## Part {#part}\n\nText.\n"
}

@Suite struct LessonLibraryLookupTests {
    private let library = LessonLibrary(lessons: [
        makeLesson("safety", order: 9),
        makeLesson(
            "referral-patterns", order: 5, anchors: ["upper-trapezius", "levator-scapulae", "how-maps-work"]),
        makeLesson("b-lesson", order: 1),
        makeLesson("a-lesson", order: 1),
    ])

    @Test func ordersLessonsByOrderThenID() {
        #expect(library.lessons.map(\.id) == ["a-lesson", "b-lesson", "referral-patterns", "safety"])
    }

    @Test func findsALessonByID() {
        #expect(library.lesson(id: "safety")?.order == 9)
        #expect(library.lesson(id: "missing") == nil)
    }

    @Test func acceptsLinksToExistingLessonsAndSections() {
        #expect(library.problem(with: LessonLink(lessonID: "referral-patterns")) == nil)
        #expect(
            library.problem(with: LessonLink(lessonID: "referral-patterns", anchor: "upper-trapezius")) == nil
        )
    }

    @Test func suggestsTheLessonAMisspeltLinkMeant() {
        #expect(
            library.problem(with: LessonLink(lessonID: "refferal-patterns"))
                == "the lesson 'refferal-patterns' does not exist; did you mean 'referral-patterns'?")
        #expect(library.suggestions(for: "refferal") == ["referral-patterns"])
    }

    @Test func reportsAMissingLessonWithNothingNearIt() {
        #expect(
            library.problem(with: LessonLink(lessonID: "massage")) == "the lesson 'massage' does not exist")
    }

    @Test func suggestsTheSectionAMisspeltAnchorMeant() {
        #expect(
            library.problem(with: LessonLink(lessonID: "referral-patterns", anchor: "upper-trapezis"))
                == "the lesson 'referral-patterns' has no section '#upper-trapezis'; "
                + "did you mean 'referral-patterns#upper-trapezius'?")
    }

    @Test func listsTheSectionsWhenNoAnchorIsNear() {
        #expect(
            library.problem(with: LessonLink(lessonID: "referral-patterns", anchor: "gluteus"))
                == "the lesson 'referral-patterns' has no section '#gluteus'; "
                + "its sections are: upper-trapezius, levator-scapulae, how-maps-work")
    }
}

@Suite struct LessonLibraryLoadingTests {
    @Test func loadsEveryLessonFileAndSkipsBrokenOnes() throws {
        try withTemporaryFolder { folder in
            func write(_ name: String, _ bytes: [UInt8]) throws {
                try Data(bytes).write(to: folder.appendingPathComponent(name))
            }
            try write("01-a.md", Array(lessonFile(id: "a-lesson", order: 2).utf8))
            try write("02-b.md", Array(lessonFile(id: "b-lesson", order: 1).utf8))
            try write("03-dup.md", Array(lessonFile(id: "a-lesson", order: 3).utf8))
            try write("04-broken.md", Array("No header here.\n".utf8))
            try write("05-latin1.md", Array("---\nid: caf".utf8) + [0xE9] + Array("\n".utf8))
            try write("notes.txt", Array("not a lesson".utf8))
            try write(".hidden.md", Array("not a lesson either".utf8))

            let (library, diagnostics) = LessonLibrary.load(folder: folder, displayPrefix: "Curriculum/")
            #expect(library.lessons.map(\.id) == ["b-lesson", "a-lesson"])
            #expect(library.lesson(id: "a-lesson")?.file == "Curriculum/01-a.md")
            #expect(
                diagnostics == [
                    Diagnostic(
                        .error, file: "Curriculum/03-dup.md", position: SourcePosition(line: 2, column: 5),
                        message:
                            "the lesson id 'a-lesson' is already used by Curriculum/01-a.md; lesson ids must be unique",
                        field: "id"),
                    Diagnostic(
                        .error, file: "Curriculum/04-broken.md", position: SourcePosition(line: 1, column: 1),
                        message:
                            "a lesson starts with a header between two '---' lines (id, title, topic, order, minutes)"
                    ),
                    Diagnostic(
                        .error, file: "Curriculum/05-latin1.md", position: SourcePosition(line: 2, column: 8),
                        message: "this file is not valid UTF-8 text; save it as UTF-8"),
                ])
        }
    }

    @Test func aLessonThatIsASymbolicLinkOutOfTheFolderIsRefused() throws {
        try withTemporaryFolder { outside in
            let secret = outside.appendingPathComponent("secret.md")
            try Data(lessonFile(id: "stolen", order: 1).utf8).write(to: secret)
            let folder = outside.appendingPathComponent("Curriculum")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(lessonFile(id: "real", order: 2).utf8).write(
                to: folder.appendingPathComponent("02-real.md"))
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("01-link.md").path, withDestinationPath: secret.path)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("03-up.md").path, withDestinationPath: "../secret.md")
            // A link to a file of the same folder is harmless and allowed.
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("04-alias.md").path, withDestinationPath: "02-real.md")

            let (library, diagnostics) = LessonLibrary.load(folder: folder, displayPrefix: "Curriculum/")
            #expect(library.lessons.map(\.file) == ["Curriculum/02-real.md"])
            #expect(library.lesson(id: "stolen") == nil)
            let refused = diagnostics.filter { $0.message.contains("symbolic link") }
            #expect(refused.map(\.file) == ["Curriculum/01-link.md", "Curriculum/03-up.md"])
            #expect(
                refused.allSatisfy { $0.severity == .error && $0.message.contains(secret.lastPathComponent) })
            // The alias is read, and clashes with the file it names: reported at its id line.
            #expect(
                diagnostics.contains {
                    $0.file == "Curriculum/04-alias.md" && $0.position == SourcePosition(line: 2, column: 5)
                })
        }
    }

    @Test func reportsAFolderThatCannotBeRead() throws {
        try withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("Curriculum")
            let (library, diagnostics) = LessonLibrary.load(folder: missing, displayPrefix: "Curriculum/")
            #expect(library.lessons.isEmpty)
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.file == "Curriculum/")
            #expect(diagnostics.first?.position == nil)
            #expect(diagnostics.first?.message.hasPrefix("cannot read the curriculum folder: ") == true)
        }
    }

    @Test func loadsTheBundledCurriculumWithoutProblems() throws {
        let folder = packageRoot.appendingPathComponent("Curriculum")
        let (library, diagnostics) = LessonLibrary.load(folder: folder, displayPrefix: "Curriculum/")
        #expect(diagnostics.map(\.description) == [])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".md")
        }
        #expect(library.lessons.count == files.count)
        #expect(library.lessons.count >= 10)
        #expect(library.lessons.map(\.order) == Array(1...library.lessons.count))
        for lesson in library.lessons {
            #expect(!lesson.anchors.isEmpty, "\(lesson.id) has no linkable section")
        }
    }
}
