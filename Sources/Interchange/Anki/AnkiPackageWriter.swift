import Curriculum
import Decks
import Foundation
import Progress

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deck as an Anki package (`.apkg`) that Anki imports: a zip holding `collection.anki2` (the
/// legacy layout every Anki since 2.1 reads) and an empty `media` map.
///
/// Every question becomes one note whose GUID is the question's id, in an Anki deck named after
/// the deck's title. Matching and ordering questions, which Anki cannot grade, become basic notes
/// whose back shows the answer, each with a note saying so; nothing is left out.
public enum AnkiPackageWriter {
    /// Why no package could be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The notes a deck becomes, and what the export did with each question.
    public static func notes(_ deck: Deck) -> (notes: [AnkiNote], report: [ImportNote]) {
        var lessons: [String: LessonLink] = [:]
        for question in deck.questions {
            let id = ClozeText.split(cardID: question.id)?.question ?? question.id
            if lessons[id] == nil { lessons[id] = question.lesson }
        }
        var notes: [AnkiNote] = []
        var report: [ImportNote] = []
        for question in AuthoredQuestions.of(deck) {
            let note = AnkiNote.from(question, lesson: lessons[question.id] ?? .unlinked)
            notes.append(note)
            var entry = ImportNote.exported(question, of: deck)
            if let change = note.change {
                entry.outcome = .changed
                entry.reason = change
            }
            report.append(entry)
        }
        return (notes, report)
    }

    /// The package's bytes.
    ///
    /// - Parameters:
    ///   - now: the notes' modification time (a later export must be later, for Anki to update the
    ///     notes it already has) and the zip entries' time.
    ///   - temporaryFolder: where the collection is built (SQLite needs a file); it is removed after.
    ///     Not the destination's folder: a missing one must get the output's own error.
    ///   - processID: makes the temporary name unique (no randomness below the executable).
    public static func write(_ deck: Deck, now: Date, temporaryFolder: URL, processID: Int32) throws(Failure)
        -> (bytes: [UInt8], report: [ImportNote])
    {
        let (notes, report) = notes(deck)
        let path = try createTemporaryFile(in: temporaryFolder, processID: processID)
        let fileManager = FileManager.default
        defer {
            for suffix in ["", "-journal"] { try? fileManager.removeItem(atPath: path + suffix) }
        }
        do {
            try AnkiCollectionWriter.write(
                notes: notes, deckName: ankiDeckName(deck.title),
                deckDescription: HTMLText.escape(deck.description ?? ""),
                deckID: AnkiCollectionWriter.deckID(deck.id), now: now, to: path)
        } catch {
            throw Failure(
                description: "could not build the Anki collection in \(temporaryFolder.path): \(error)")
        }
        guard let collection = fileManager.contents(atPath: path) else {
            throw Failure(description: "could not read back the Anki collection written at \(path)")
        }
        do {
            var zip = ZipArchiveWriter()
            try zip.add(name: "collection.anki2", contents: Array(collection), modified: now)
            try zip.add(name: "media", contents: Array("{}".utf8), modified: now)
            return (try zip.finish(), report)
        } catch {
            throw Failure(description: "could not build the package: \(error)")
        }
    }

    /// The deck's title as an Anki deck name: Anki reads `::` as a sub-deck, so it becomes `:`.
    static func ankiDeckName(_ title: String) -> String {
        var name = title
        while name.contains("::") { name = name.replacingOccurrences(of: "::", with: ":") }
        return name.trimmed
    }

    /// A new empty file (SQLite opens an empty file as an empty database), created exclusively so
    /// two exports running at once never share one, and nothing existing is overwritten.
    private static func createTemporaryFile(in folder: URL, processID: Int32) throws(Failure) -> String {
        for attempt in 0..<100 {
            let path = folder.appendingPathComponent(".palpate-apkg-\(processID)-\(attempt).anki2").path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                close(descriptor)
                return path
            }
            if errno != EEXIST { break }
        }
        throw Failure(
            description:
                "could not create a temporary file in \(folder.path) (\(String(cString: strerror(errno)))); set TMPDIR to a folder you can write"
        )
    }
}
