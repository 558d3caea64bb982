@testable import Interchange

/// What the tests read back of a zip the exporter wrote: every entry read whole by the importer's
/// `ZipArchiveReader` (so the writer is checked against the reader Palpate itself trusts).
struct TestZipReader {
    let archive: ZipArchiveReader

    init(_ bytes: [UInt8]) throws {
        archive = try ZipArchiveReader(bytes: bytes, file: "test.zip")
    }

    var entries: [ZipArchiveReader.Entry] { archive.entries }

    /// The entry's bytes, or `nil` when there is no such entry or it does not read back.
    func contents(of name: String) -> [UInt8]? {
        archive.entry(named: name).flatMap { try? archive.contents(of: $0) }
    }
}
