import Foundation
import Progress
import Scheduling

/// An Anki package read: its notes as questions, and the review log of the cards kept.
public struct AnkiPackage: Sendable {
    public var result: ImportResult
    /// The answers of the imported cards, oldest first, by Palpate card id.
    public var history: [HistoryReview]
    /// Review-log lines that record no answer (rescheduled or set by hand, type 4 or 5, or
    /// button 0): left out.
    public var entriesNotAnswers: Int
    /// Answers of cards whose note was skipped.
    public var answersOfCardsLeftOut: Int
}

/// Reads `.apkg` (a deck shared) and `.colpkg` (a whole collection) files: a zip holding the
/// collection as SQLite, zstd-compressed in the current format (`collection.anki21b`, Anki
/// 2.1.50 and later) or as is in the legacy ones (`collection.anki21`, `collection.anki2`).
public enum AnkiPackageReader {
    /// The collections a package may hold, newest first: the first found is read (a current
    /// package also holds a legacy `collection.anki2` that only says to update Anki).
    static let collectionNames = ["collection.anki21b", "collection.anki21", "collection.anki2"]

    /// Reads a package's bytes.
    ///
    /// - Parameters:
    ///   - file: how notes and errors name it.
    ///   - sizeLimit: the most bytes its collection may take unpacked.
    ///   - temporaryDirectory: where the collection is unpacked for SQLite, and removed after.
    /// - Throws: `InterchangeError` naming the entry and byte: not a zip, cut short, damaged, past
    ///   the size limit, no collection in it, a collection that is not SQLite or not Anki's.
    public static func read(
        _ bytes: [UInt8], file: String, sizeLimit: Int = ZipArchiveReader.defaultSizeLimit,
        temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) throws(InterchangeError) -> AnkiPackage {
        let collectionBytes: [UInt8]
        let entryName: String
        do {
            let archive = try ZipArchiveReader(bytes: bytes, file: file, sizeLimit: sizeLimit)
            guard let entry = collectionNames.lazy.compactMap({ archive.entry(named: $0) }).first else {
                throw InterchangeError(
                    file: file, place: "",
                    message: "it holds no Anki collection (collection.anki21b, .anki21 or .anki2); "
                        + "export it again from Anki with File › Export › Anki Deck Package")
            }
            entryName = entry.name
            let packed = try archive.contents(of: entry)
            collectionBytes =
                entry.name.hasSuffix("b")
                ? try unzstd(packed, entry: entry.name, file: file, limit: sizeLimit) : packed
        } catch let error as ZipArchiveError {
            throw InterchangeError(file: file, place: error.place, message: error.message)
        } catch let error as InterchangeError {
            throw error
        } catch {
            throw InterchangeError(file: file, place: "", message: "\(error)")
        }
        let collection = try open(collectionBytes, entry: entryName, file: file, in: temporaryDirectory)
        var converter = AnkiNoteConverter(file: file, collection: collection)
        converter.convertAll()
        var history: [HistoryReview] = []
        var notAnswers = 0
        var leftOut = 0
        for review in collection.reviews {
            // Anki's ids are milliseconds; one past year 9999 (a damaged row) is no answer time.
            guard review.isAnswer, let rating = Rating(rawValue: review.ease),
                (0...253_402_300_799_999).contains(review.milliseconds)
            else {
                notAnswers += 1
                continue
            }
            guard let cardID = converter.cardIDs[review.cardID] else {
                leftOut += 1
                continue
            }
            history.append(
                HistoryReview(
                    cardID: cardID, reviewedAt: Instant(microsecondsSince1970: review.milliseconds * 1000),
                    rating: rating, durationMilliseconds: max(0, review.takenMilliseconds)))
        }
        return AnkiPackage(
            result: converter.result, history: history, entriesNotAnswers: notAnswers,
            answersOfCardsLeftOut: leftOut)
    }

    private static func unzstd(_ bytes: [UInt8], entry: String, file: String, limit: Int)
        throws(InterchangeError)
        -> [UInt8]
    {
        do {
            return try ZstdFrames.decompress(bytes, limit: limit)
        } catch {
            let place = "entry '\(entry)'"
            switch error {
            case .tooLarge(let limit):
                throw InterchangeError(
                    file: file, place: place,
                    message:
                        "it would unpack past the limit of \(limit) bytes (\(limit >> 20) MiB); nothing was unpacked"
                )
            case .cutShort:
                throw InterchangeError(
                    file: file, place: place, message: "its zstd data is cut short (the file is damaged)")
            case .damaged(let reason):
                throw InterchangeError(
                    file: file, place: place,
                    message: "its zstd data cannot be read (\(reason)); the file is damaged")
            }
        }
    }

    /// Writes the collection to a file of its own for SQLite, reads it, and removes it.
    private static func open(_ bytes: [UInt8], entry: String, file: String, in directory: URL)
        throws(InterchangeError)
        -> AnkiCollection
    {
        let place = "entry '\(entry)'"
        let path = directory.appendingPathComponent("palpate-anki-\(UUID().uuidString).sqlite").path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw InterchangeError(
                file: file, place: place,
                message: "could not unpack the collection to \(directory.path) to read it")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            // Immutable: read only, no lock or journal made beside the temporary copy.
            let database = try Database(path: path, mode: .immutable)
            return try AnkiCollection(database: database)
        } catch {
            if error.isNotADatabase || bytes.count < 100
                || !bytes.starts(with: Array("SQLite format 3\0".utf8))
            {
                throw InterchangeError(
                    file: file, place: place,
                    message: "the collection is not an SQLite database; export the package again from Anki")
            }
            throw InterchangeError(
                file: file, place: place,
                message: "the collection is not one Anki wrote or it is damaged (SQLite: \(error.message)); "
                    + "export the package again from Anki")
        }
    }
}
