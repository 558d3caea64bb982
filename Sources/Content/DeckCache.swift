import Curriculum
import Decks
import Foundation
import TextFormats

/// Remembers each deck as it was last checked, so a student's daily start does not check an
/// unchanged deck of thousands of questions again.
///
/// An entry is used only when everything the check depended on is unchanged: the deck file
/// (size, modification time, file number), the name it is shown by, the lessons its links were
/// checked against (ids and section anchors) and the checking rules (`rulesVersion`). Anything
/// else — a missing, damaged or foreign entry — means the deck is checked again and the entry
/// rewritten. `palpate check` never uses the cache.
public struct DeckCache: Sendable {
    /// Bump when the deck checks or this file format change, so old entries are not trusted.
    static let rulesVersion = 1
    static let magic = Array("palpate-deck-cache".utf8)

    public let folder: URL
    /// An entry written less than this long after its deck last changed is not trusted (as git
    /// treats its index): a second edit within the file system's time resolution could have
    /// left the same size and time behind. Both times are the file system's own.
    static let settleTime: TimeInterval = 2

    /// - Parameter folder: where entries are kept (created when first needed).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The reading of `file` remembered from an earlier check, when it still holds.
    func reading(of file: URL, displayName: String, lessons: LessonLibrary) -> DeckReading? {
        let entry = entryURL(for: file)
        guard let key = key(for: file, displayName: displayName, lessons: lessons),
            let written = (try? FileManager.default.attributesOfItem(atPath: entry.path))?[.modificationDate]
                as? Date,
            written.timeIntervalSince(key.modified) >= Self.settleTime,
            let data = FileManager.default.contents(atPath: entry.path)
        else { return nil }
        var reader = CacheReader(Array(data))
        do {
            let stored = try reader.list { reader throws(CacheReader.Damaged) in try reader.int() }
            guard stored == key.values, try reader.string() == displayName else { return nil }
            let reading = try reader.reading()
            return reader.isAtEnd ? reading : nil
        } catch {
            return nil
        }
    }

    /// Remembers a reading; failures are ignored (the cache only saves time).
    func remember(_ reading: DeckReading, of file: URL, displayName: String, lessons: LessonLibrary) {
        guard let key = key(for: file, displayName: displayName, lessons: lessons) else { return }
        var writer = CacheWriter()
        writer.list(key.values) { $0.int($1) }
        writer.string(displayName)
        writer.reading(reading)
        let entry = entryURL(for: file)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(writer.bytes).write(to: entry, options: .atomic)
        } catch {
            return
        }
    }

    /// One entry per deck file, named by a hash of its full path.
    private func entryURL(for file: URL) -> URL {
        folder.appendingPathComponent(
            String(Self.hash(Array(file.standardizedFileURL.path.utf8)), radix: 16) + ".deck")
    }

    private struct Key {
        var values: [Int]
        var modified: Date
    }

    private func key(for file: URL, displayName: String, lessons: LessonLibrary) -> Key? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        let fileNumber = (attributes[.systemFileNumber] as? Int) ?? 0
        let microseconds = Int((modified.timeIntervalSince1970 * 1_000_000).rounded())
        let values = [
            Int(bitPattern: UInt(Self.hash(Self.magic))), Self.rulesVersion, size, microseconds, fileNumber,
            Int(bitPattern: UInt(Self.lessonsFingerprint(lessons))),
        ]
        return Key(values: values, modified: modified)
    }

    /// What link checks depend on: every lesson's id and section anchors.
    static func lessonsFingerprint(_ lessons: LessonLibrary) -> UInt64 {
        var bytes: [UInt8] = []
        for lesson in lessons.lessons {
            bytes += lesson.id.utf8
            bytes.append(0)
            for anchor in lesson.anchors {
                bytes += anchor.utf8
                bytes.append(1)
            }
            bytes.append(2)
        }
        return hash(bytes)
    }

    /// FNV-1a: stable across runs and builds (Swift's `Hasher` is seeded per process).
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
