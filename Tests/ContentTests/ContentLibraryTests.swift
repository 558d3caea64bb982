import Curriculum
import Decks
import Foundation
import Testing
import TextFormats

@testable import Content

@Suite struct BundledContentTests {
    private let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)

    @Test func loadsWithoutErrors() {
        let errors = library.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [])
        #expect(library.errorCount == 0)
    }

    @Test func loadsEveryDeckFile() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("Quizzes").path)
        let deckFiles = names.filter {
            $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") && $0 != "blueprint.json"
        }
        #expect(library.decks.count == deckFiles.count)
        #expect(Set(library.decks.map(\.file)) == Set(deckFiles.map { "Quizzes/\($0)" }))
    }

    @Test func hasAtLeast150Questions() {
        let count = library.decks.reduce(0) { $0 + $1.questions.count }
        #expect(count >= 150)
    }

    /// Cloze questions are new (issue 17) and no bundled deck has them yet; `ClozeTextTests`
    /// cover them.
    @Test func usesEveryQuestionType() {
        let used = Set(library.decks.flatMap { $0.questions.map { QuestionType($0.kind) } })
        #expect(used == Set(QuestionType.allCases))
    }

    @Test func linksEveryLessonFromSomeQuestion() {
        let linked = Set(library.decks.flatMap { $0.questions.map(\.lesson.lessonID) })
        #expect(library.lessons.lessons.count >= 10)
        for lesson in library.lessons.lessons {
            #expect(linked.contains(lesson.id), "no question links to \(lesson.id)")
        }
    }

    @Test func resolvesEveryLinkToALessonSection() {
        for deck in library.decks {
            for question in deck.questions {
                #expect(library.lessons.problem(with: question.lesson) == nil, "\(question.id)")
            }
        }
    }

    @Test func listsDecksInCurriculumOrder() {
        let keys = library.decks.map { ($0.order, $0.id) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }
}

@Suite struct ContentLibraryLoadingTests {
    @Test func skipsABrokenDeckAndLoadsTheRest() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a-good.json": deckFile(id: "deck-a", order: 2, questionIDs: ["a1", "a2"]),
            "Quizzes/b-broken.json":
                "{\n  \"format\": 1,\n  \"id\": \"broken\"\n  \"title\": \"Broken\"\n}\n",
            "Quizzes/c-good.json": deckFile(id: "deck-c", order: 1, questionIDs: ["c1"]),
            "Quizzes/deck.schema.json": "{ \"not\": \"a deck\" }",
            "Quizzes/notes.txt": "not a deck",
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.map(\.id) == ["deck-c", "deck-a"])
            #expect(library.deck(id: "deck-a")?.questions.map(\.id) == ["a1", "a2"])
            #expect(library.deck(id: "broken") == nil)
            #expect(library.lessons.lessons.map(\.id) == ["neck"])
            // The missing comma is stepped over, so the deck's other problem shows in the same run.
            #expect(library.errorCount == 2)
            #expect(
                library.diagnostics == [
                    Diagnostic(
                        .error, file: "Quizzes/b-broken.json", position: SourcePosition(line: 4, column: 3),
                        message: "a comma is missing after the value of \"id\"; add ',' before the next key"),
                    Diagnostic(
                        .error, file: "Quizzes/b-broken.json", position: SourcePosition(line: 1, column: 1),
                        message: "field 'questions': missing 'questions' (questions)", field: "questions"),
                ])
        }
    }

    @Test func keepsTheFirstOfTwoDecksWithTheSameID() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "same", questionIDs: ["a1"]),
            "Quizzes/b.json": deckFile(id: "same", questionIDs: ["b1"]),
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.map(\.file) == ["Quizzes/a.json"])
            #expect(
                library.diagnostics == [
                    Diagnostic(
                        .error, file: "Quizzes/b.json", position: SourcePosition(line: 3, column: 9),
                        message:
                            "the deck id 'same' is already used by Quizzes/a.json; deck ids must be unique",
                        field: "id")
                ])
        }
    }

    @Test func aDeckThatIsASymbolicLinkOutOfQuizzesIsRefused() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "elsewhere/private.json": deckFile(id: "private", questionIDs: ["p1"]),
        ]
        try withContentFolder(files) { root in
            try makeFolders("Quizzes", in: root)
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("Quizzes/linked.json").path,
                withDestinationPath: root.appendingPathComponent("elsewhere/private.json").path)
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.isEmpty)
            #expect(library.diagnostics.count == 1)
            #expect(library.diagnostics.first?.file == "Quizzes/linked.json")
            #expect(library.diagnostics.first?.message.contains("symbolic link") == true)
        }
    }

    @Test func rejectsADeckReusingAQuestionIDOfAnotherDeck() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "deck-a", questionIDs: ["a1", "shared"]),
            "Quizzes/b.json": deckFile(id: "deck-b", questionIDs: ["b1", "b2", "shared"]),
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.map(\.id) == ["deck-a"])
            #expect(
                library.diagnostics == [
                    Diagnostic(
                        .error, file: "Quizzes/b.json", position: SourcePosition(line: 9, column: 12),
                        message:
                            "question 'shared': the id is already used in deck 'deck-a' (Quizzes/a.json:8:12); "
                            + "question ids must be unique across decks", questionID: "shared", field: "id")
                ])
        }
    }

    @Test func warnsAboutALessonNoQuestionLinksTo() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Curriculum/02-back.md": lessonFile(id: "back", order: 2),
            "Quizzes/a.json": deckFile(id: "deck-a", questionIDs: ["a1"]),
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.count == 1)
            #expect(library.errorCount == 0)
            #expect(
                library.diagnostics == [
                    Diagnostic(
                        .warning, file: "Curriculum/02-back.md", position: SourcePosition(line: 1, column: 1),
                        message: "no question links to the lesson 'back'; students will not be sent to it")
                ])
        }
    }

    @Test func checksDeckLinksAgainstTheFolderLessons() throws {
        let files = [
            "Curriculum/01-neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "deck-a", questionIDs: ["a1"], lesson: "neck#prat"),
        ]
        try withContentFolder(files) { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.isEmpty)
            #expect(
                library.diagnostics.first
                    == Diagnostic(
                        .error, file: "Quizzes/a.json", position: SourcePosition(line: 7, column: 101),
                        message:
                            "question 'a1', field 'lesson': the lesson 'neck' has no section '#prat'; "
                            + "did you mean 'neck#part'?", questionID: "a1", field: "lesson"))
        }
    }

    @Test func namesFilesRelativeToTheDisplayBaseWhenInsideIt() throws {
        let files = ["Quizzes/bad.json": "[]"]
        try withContentFolder(files) { root in
            let inside = ContentLibrary.load(root: root, displayBase: root)
            #expect(inside.diagnostics.map(\.file) == ["Quizzes/bad.json"])
            let outside = ContentLibrary.load(
                root: root, displayBase: root.appendingPathComponent("Quizzes/x"))
            #expect(
                outside.diagnostics.map(\.file) == [
                    root.appendingPathComponent("Quizzes/bad.json").standardizedFileURL.path
                ])
        }
    }

    @Test func loadsNothingFromAnEmptyFolder() throws {
        try withContentFolder { root in
            let library = ContentLibrary.load(root: root, displayBase: root)
            #expect(library.decks.isEmpty)
            #expect(library.lessons.lessons.isEmpty)
            #expect(library.diagnostics.isEmpty)
        }
    }
}

@Suite struct DeckLoaderTests {
    @Test func reportsAFileThatCannotBeRead() throws {
        try withContentFolder { root in
            let result = DeckLoader.load(
                file: root.appendingPathComponent("missing.json"), displayName: "Quizzes/missing.json",
                lessons: nil)
            #expect(result.deck == nil)
            #expect(
                result.diagnostics == [
                    Diagnostic(
                        .error, file: "Quizzes/missing.json", position: nil,
                        message: "cannot read this file; check that it exists and that you may read it")
                ])
        }
    }

    @Test func decodesADeckFromDisk() throws {
        try withContentFolder(["a.json": deckFile(id: "deck-a", questionIDs: ["a1"])]) { root in
            let result = DeckLoader.load(
                file: root.appendingPathComponent("a.json"), displayName: "a.json", lessons: nil)
            #expect(result.diagnostics.isEmpty)
            #expect(result.deck?.id == "deck-a")
            #expect(result.deck?.file == "a.json")
        }
    }
}
