import Curriculum
import Decks
import Foundation
import TextFormats

/// Reads one deck file from disk and decodes it.
public enum DeckLoader {
    /// Deck files larger than this are refused before parsing: no real deck comes near it, and a
    /// runaway file should not take the trainer's memory.
    public static let maximumFileSize = 256 * 1024 * 1024

    public static func load(file: URL, displayName: String, lessons: LessonLibrary?) -> (
        deck: Deck?, diagnostics: [Diagnostic]
    ) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        if let size = attributes?[.size] as? Int, size > maximumFileSize {
            let message =
                "this file is \(size / 1_048_576) MB; a deck may be at most \(maximumFileSize / 1_048_576) MB"
            return (nil, [Diagnostic(.error, file: displayName, position: nil, message: message)])
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            let message = "cannot read this file; check that it exists and that you may read it"
            return (nil, [Diagnostic(.error, file: displayName, position: nil, message: message)])
        }
        return DeckDecoder.decode(Array(data), file: displayName, lessons: lessons)
    }
}
