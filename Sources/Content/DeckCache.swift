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
    static let rulesVersion = 5
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

    /// What one deck's entry must match, taken before the deck is read: an edit made while it is
    /// read leaves an entry that no longer matches the file.
    struct Entry {
        fileprivate let url: URL
        fileprivate let key: [Int]
        fileprivate let modified: Date
        fileprivate let displayName: String
    }

    /// The entry for `file`; `nil` when the file cannot be examined (it is then not cached).
    ///
    /// - Parameter lessonsFingerprint: `lessonsFingerprint(_:)` of the lessons links are checked
    ///   against, worked out once for all decks.
    func entry(for file: URL, displayName: String, lessonsFingerprint: UInt64) -> Entry? {
        guard let status = FileStatus(path: file.path) else { return nil }
        let microseconds = Int((status.modified.timeIntervalSince1970 * 1_000_000).rounded())
        let key = [
            Int(bitPattern: UInt(StableHash.of(Self.magic))), Self.rulesVersion, status.size, microseconds,
            status.fileNumber, Int(bitPattern: UInt(lessonsFingerprint)),
        ]
        // One entry per deck file, named by a hash of its full path.
        let url = folder.appendingPathComponent(
            String(StableHash.of(file.standardizedFileURL.path.utf8), radix: 16) + ".deck")
        return Entry(url: url, key: key, modified: status.modified, displayName: displayName)
    }

    /// The reading remembered in `entry` from an earlier check, when it still holds.
    func reading(from entry: Entry) -> DeckReading? {
        guard
            let written = FileStatus(path: entry.url.path)?.modified,
            written.timeIntervalSince(entry.modified) >= Self.settleTime,
            let data = FileManager.default.contents(atPath: entry.url.path)
        else { return nil }
        var reader = ByteReader(Array(data))
        do {
            let stored = try reader.list { reader throws(ByteReader.Damaged) in try reader.int() }
            guard stored == entry.key, try reader.string() == entry.displayName else { return nil }
            let reading = try reader.reading()
            return reader.isAtEnd ? reading : nil
        } catch {
            return nil
        }
    }

    /// Remembers a reading in `entry`; failures are ignored (the cache only saves time).
    func remember(_ reading: DeckReading, in entry: Entry) {
        var writer = ByteWriter()
        writer.list(entry.key) { $0.int($1) }
        writer.string(entry.displayName)
        writer.reading(reading)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(writer.bytes).write(to: entry.url, options: .atomic)
        } catch {
            return
        }
    }

    /// What link checks depend on: every lesson's id and section anchors.
    static func lessonsFingerprint(_ lessons: LessonLibrary) -> UInt64 {
        var hash = StableHash()
        for lesson in lessons.lessons {
            for byte in lesson.id.utf8 { hash.add(byte) }
            hash.add(0)
            for anchor in lesson.anchors {
                for byte in anchor.utf8 { hash.add(byte) }
                hash.add(1)
            }
            hash.add(2)
        }
        return hash.value
    }
}
