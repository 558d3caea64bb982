import Curriculum
import Decks
import Foundation
import Testing
import TextFormats

@testable import Content

/// Sets a file's modification time `seconds` before now (as an editor's save long ago would).
private func age(_ url: URL, by seconds: TimeInterval) throws {
    try FileManager.default.setAttributes(
        [.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: url.path)
}

private func load(_ root: URL) -> ContentLibrary {
    ContentLibrary.load(
        root: root, displayBase: root, cache: DeckCache(folder: root.appendingPathComponent("cache")))
}

private func entries(_ root: URL) -> [URL] {
    let folder = root.appendingPathComponent("cache")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.map { folder.appendingPathComponent($0) }
}

@Suite struct DeckCacheTests {
    @Test func anUnchangedDeckIsReadBackExactlyAsChecked() throws {
        // The bundled content: every question type, feedback, tags, warnings and positions.
        try withContentFolder { root in
            for folder in ["Curriculum", "Quizzes"] {
                try FileManager.default.copyItem(
                    at: packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            for deck in ContentLibrary.deckFiles(in: root.appendingPathComponent("Quizzes")) {
                try age(deck, by: 60)
            }
            let checked = load(root)
            #expect(entries(root).count == checked.decks.count)
            let cached = load(root)
            #expect(cached.decks == checked.decks)
            #expect(cached.diagnostics == checked.diagnostics)
            #expect(cached.decks.count >= 5)
        }
    }

    @Test func aChangedDeckIsCheckedAgain() throws {
        try withContentFolder([
            "Curriculum/neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "a", questionIDs: ["q1", "q2"]),
        ]) { root in
            let deck = root.appendingPathComponent("Quizzes/a.json")
            try age(deck, by: 60)
            #expect(load(root).decks.first?.questions.count == 2)
            try Data(deckFile(id: "a", questionIDs: ["q1", "q2", "q3"]).utf8).write(to: deck)
            try age(deck, by: 30)
            #expect(load(root).decks.first?.questions.count == 3)
        }
    }

    @Test func anEntryWrittenRightAfterAnEditIsNotTrusted() throws {
        try withContentFolder([
            "Curriculum/neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "a", questionIDs: ["q1", "q2"]),
        ]) { root in
            let deck = root.appendingPathComponent("Quizzes/a.json")
            let saved = try #require(
                FileManager.default.attributesOfItem(atPath: deck.path)[.modificationDate] as? Date)
            #expect(load(root).decks.first?.questions.first?.id == "q1")
            // A second save within the same instant, same size: only the time difference tells.
            try Data(deckFile(id: "a", questionIDs: ["x1", "q2"]).utf8).write(to: deck)
            try FileManager.default.setAttributes([.modificationDate: saved], ofItemAtPath: deck.path)
            #expect(load(root).decks.first?.questions.first?.id == "x1")
        }
    }

    @Test func changedLessonsCheckTheLinksAgain() throws {
        try withContentFolder([
            "Curriculum/neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "a", questionIDs: ["q1"]),
        ]) { root in
            try age(root.appendingPathComponent("Quizzes/a.json"), by: 60)
            #expect(load(root).errorCount == 0)
            let lesson = root.appendingPathComponent("Curriculum/neck.md")
            try Data(
                lessonFile(id: "neck", order: 1).replacingOccurrences(of: "{#part}", with: "{#other}").utf8
            )
            .write(to: lesson)
            let reloaded = load(root)
            #expect(reloaded.decks.isEmpty)
            #expect(reloaded.diagnostics.contains { $0.message.contains("no section '#part'") })
        }
    }

    @Test func aDamagedOrForeignEntryIsIgnoredAndReplaced() throws {
        try withContentFolder([
            "Curriculum/neck.md": lessonFile(id: "neck", order: 1),
            "Quizzes/a.json": deckFile(id: "a", questionIDs: ["q1", "q2"]),
        ]) { root in
            try age(root.appendingPathComponent("Quizzes/a.json"), by: 60)
            let checked = load(root)
            let entry = try #require(entries(root).first)
            let bytes = try Data(contentsOf: entry)
            for damaged in [bytes.prefix(bytes.count / 2), Data("not a cache".utf8), bytes + Data([0])] {
                try damaged.write(to: entry)
                let reloaded = load(root)
                #expect(reloaded.decks == checked.decks)
                #expect(reloaded.diagnostics == checked.diagnostics)
            }
        }
    }

    @Test func readsAndWritesEveryValueTheSame() throws {
        let question = Question(
            id: "q",
            kind: .multipleChoice(
                choices: [Choice("a", feedback: "why"), Choice("é")], correct: [1], multiple: true),
            prompt: "P", explanation: "E", lesson: LessonLinkFixture.link, tags: ["t"], line: 7,
            idPosition: SourcePosition(line: 7, column: 12))
        let deck = Deck(
            id: "d", title: "T", description: nil, version: 3, order: -1, file: "Quizzes/d.json",
            questions: [
                question,
                Question(
                    id: "m", kind: .matching(pairs: [MatchingPair(left: "l", right: "r")]), prompt: "P",
                    explanation: "E", lesson: LessonLinkFixture.link),
                Question(
                    id: "o", kind: .ordering(steps: ["1", "2"]), prompt: "P", explanation: "E",
                    lesson: LessonLinkFixture.link),
                Question(
                    id: "s", kind: .shortAnswer(accepted: ["x"]), prompt: "P", explanation: "E",
                    lesson: LessonLinkFixture.link),
                Question(
                    id: "f", kind: .flashcard(back: "b"), prompt: "P", explanation: "E",
                    lesson: LessonLinkFixture.link),
                Question(
                    id: "t", kind: .trueFalse(answer: false), prompt: "P", explanation: "E",
                    lesson: LessonLinkFixture.link),
            ])
        let reading = DeckReading(
            deck: deck, questionCount: 6,
            diagnostics: [
                Diagnostic(.warning, file: "f", position: nil, message: "m", questionID: "q", field: "x"),
                Diagnostic(.error, file: "g", position: SourcePosition(line: 1, column: 2), message: "n"),
            ])
        var writer = ByteWriter()
        writer.reading(reading)
        var reader = ByteReader(writer.bytes)
        let read = try reader.reading()
        #expect(reader.isAtEnd)
        #expect(read.deck == reading.deck)
        #expect(read.questionCount == 6)
        #expect(read.diagnostics == reading.diagnostics)
    }
}

private enum LessonLinkFixture {
    static let link = Curriculum.LessonLink(lessonID: "neck", anchor: "part")
}
