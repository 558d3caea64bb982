import Foundation
import Testing

@testable import Interchange

@Suite struct ZipArchiveWriterTests {
    /// 2026-03-01T08:00:00Z.
    let now = Date(timeIntervalSince1970: 1_772_352_000)

    @Test func filesComeBackAsTheyWentIn() throws {
        let text = Array(String(repeating: "The upper trapezius refers to the temple. ", count: 200).utf8)
        var zip = ZipArchiveWriter()
        try zip.add(name: "collection.anki2", contents: text, modified: now)
        try zip.add(name: "media", contents: Array("{}".utf8), modified: now)
        try zip.add(name: "empty", contents: [], modified: now)
        let archive = try TestZipReader(try zip.finish())
        #expect(archive.entries.map(\.name) == ["collection.anki2", "media", "empty"])
        #expect(archive.contents(of: "collection.anki2") == text)
        #expect(archive.contents(of: "media") == Array("{}".utf8))
        #expect(archive.contents(of: "empty") == [])
        // Repetitive text is deflated; two bytes would only grow, so they are stored.
        let collection = try #require(archive.entries.first)
        #expect(collection.method == 8 && collection.compressedSize < text.count / 10)
        #expect(archive.entries[1].method == 0)
        #expect(archive.entries.allSatisfy { $0.flags & 0x0800 != 0 })
    }

    @Test func theCRCIsZipsCRC32() {
        // The check value of CRC-32 (ISO-HDLC), as every zip tool computes it.
        #expect(ZipArchiveWriter.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(ZipArchiveWriter.crc32([]) == 0)
    }

    @Test func timesAreWrittenAsMSDOSTimeInUTC() {
        let (time, date) = ZipArchiveWriter.dosTime(now)
        #expect(date == UInt16((2026 - 1980) << 9 | 3 << 5 | 1))
        #expect(time == UInt16(8 << 11))
        // Before 1980 zip has no date: 1980-01-01.
        #expect(ZipArchiveWriter.dosTime(Date(timeIntervalSince1970: 0)).date == UInt16(1 << 5 | 1))
    }

    @Test func aNameUsedTwiceIsRefused() throws {
        var zip = ZipArchiveWriter()
        try zip.add(name: "media", contents: [], modified: now)
        #expect(throws: ZipArchiveWriter.Failure.self) {
            try zip.add(name: "media", contents: [1], modified: now)
        }
        #expect(throws: ZipArchiveWriter.Failure.self) {
            try zip.add(name: "/etc/x", contents: [1], modified: now)
        }
    }
}
