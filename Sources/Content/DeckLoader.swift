import Curriculum
import Decks
import Foundation
import TextFormats

/// Reads one deck file from disk and decodes it.
public enum DeckLoader {
    /// Deck files larger than this are refused before parsing: no real deck comes near it, and a
    /// runaway file should not take the trainer's memory.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// - Parameter keepingQuestions: `false` to check the deck without keeping its questions
    ///   (see `DeckDecoder.read`).
    public static func load(
        file: URL, displayName: String, lessons: LessonLibrary?, keepingQuestions: Bool = true
    ) -> DeckReading {
        func failure(_ message: String) -> DeckReading {
            DeckReading(
                deck: nil, questionCount: 0,
                diagnostics: [Diagnostic(.error, file: displayName, position: nil, message: message)])
        }
        if let size = FileStatus(path: file.path)?.size, size > maximumFileSize {
            return failure(
                "this file is \(size / 1_048_576) MB; a deck may be at most \(maximumFileSize / 1_048_576) MB"
            )
        }
        do {
            return try DeckDecoder.read(
                .file(file), file: displayName, lessons: lessons, keepingQuestions: keepingQuestions)
        } catch {
            return failure("cannot read this file; check that it exists and that you may read it")
        }
    }
}
