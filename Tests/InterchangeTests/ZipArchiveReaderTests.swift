import Foundation
import Testing

@testable import Interchange

@Suite struct ZipArchiveReaderTests {
    private func archive(_ name: String, sizeLimit: Int = ZipArchiveReader.defaultSizeLimit) throws
        -> ZipArchiveReader
    {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("anki/\(name)")))
        return try ZipArchiveReader(bytes: bytes, file: name, sizeLimit: sizeLimit)
    }

    @Test func readsStoredAndDeflatedEntriesByTheirCentralDirectory() throws {
        let current = try archive("current.apkg")
        #expect(current.entries.map(\.name) == ["meta", "collection.anki21b", "collection.anki2", "media"])
        let stored = try #require(current.entry(named: "collection.anki2"))
        #expect(stored.method == 0)
        let sqlite = try current.contents(of: stored)
        #expect(sqlite.starts(with: Array("SQLite format 3\0".utf8)))
        let legacy = try archive("legacy.apkg")
        let deflated = try #require(legacy.entry(named: "collection.anki21"))
        #expect(deflated.method == 8)
        #expect(try legacy.contents(of: deflated).count == deflated.uncompressedSize)
    }

    @Test func anEntryPastTheLimitIsRefusedBeforeItIsInflated() throws {
        let bomb = try archive("bomb.apkg", sizeLimit: 1 << 20)
        let entry = try #require(bomb.entry(named: "collection.anki21"))
        #expect(throws: ZipArchiveError.self) { try bomb.contents(of: entry) }
        // Under the default limit the same entry is read whole.
        #expect(try archive("bomb.apkg").contents(of: entry).count == 16 << 20)
    }

    @Test func zstdFramesAreReadWithOrWithoutAStatedSizeAndNeverPastTheLimit() throws {
        let current = try archive("current.apkg")
        let packed = try current.contents(of: try #require(current.entry(named: "collection.anki21b")))
        let collection = try ZstdFrames.decompress(packed, limit: 1 << 30)
        #expect(collection.starts(with: Array("SQLite format 3\0".utf8)))
        #expect(throws: ZstdFrames.Failure.tooLarge(limit: 1000)) {
            try ZstdFrames.decompress(packed, limit: 1000)
        }
        #expect(throws: ZstdFrames.Failure.self) {
            try ZstdFrames.decompress(Array(packed.prefix(packed.count / 2)), limit: 1 << 30)
        }
        // Anki's media list is a frame that does not state its size.
        let media = try current.contents(of: try #require(current.entry(named: "media")))
        #expect(try ZstdFrames.decompress(media, limit: 1000).isEmpty)
    }
}
