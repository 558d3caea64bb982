import CZlib

/// The entries of a zip file (PKWARE's APPNOTE), read from its central directory: stored and
/// deflated entries, inflated by the system's zlib and checked against their CRC-32.
///
/// Anki packages are zip files; so may be other banks one day. It never shells out to `unzip`,
/// and it never holds more than `sizeLimit` bytes of one entry: an entry whose stated size is
/// larger is refused before it is inflated, and one that inflates past its stated size (a header
/// that lies, as zip bombs' do) is stopped there.
public struct ZipArchiveReader: Sendable {
    /// One file in the archive, as its central directory describes it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// 0 stored, 8 deflated; anything else is refused when read.
        public var method: UInt16
        public var flags: UInt16
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        /// Where its local header starts in the file.
        public var localHeaderOffset: Int
    }

    /// 256 MiB: far above any deck's collection (10,000 notes take about 5 MB), far below what
    /// would exhaust a student's laptop.
    public static let defaultSizeLimit = 256 << 20

    public let file: String
    public let entries: [Entry]
    public let sizeLimit: Int
    private let bytes: [UInt8]

    /// Reads the central directory of `bytes`.
    ///
    /// - Parameters:
    ///   - file: how errors name the archive.
    ///   - sizeLimit: the most bytes one entry may inflate to.
    /// - Throws: `ZipArchiveError` when the bytes are not a zip file, are cut short, or use what
    ///   this reader does not (zip64, encryption, several disks).
    public init(bytes: [UInt8], file: String, sizeLimit: Int = Self.defaultSizeLimit) throws(ZipArchiveError)
    {
        self.bytes = bytes
        self.file = file
        self.sizeLimit = sizeLimit
        entries = try Self.centralDirectory(of: bytes, file: file)
    }

    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The entry's bytes, inflated and checked.
    ///
    /// - Throws: `ZipArchiveError` when it is larger than `sizeLimit`, its data is cut short or
    ///   damaged, its CRC-32 does not match, or it is encrypted or compressed by another method.
    public func contents(of entry: Entry) throws(ZipArchiveError) -> [UInt8] {
        func fail(_ message: String, at offset: Int? = nil) -> ZipArchiveError {
            ZipArchiveError(file: file, entry: entry.name, offset: offset, message: message)
        }
        if entry.flags & 1 != 0 { throw fail("it is encrypted; export it again without a password") }
        if entry.uncompressedSize > sizeLimit {
            throw fail(
                "it would take \(entry.uncompressedSize) bytes, past the limit of \(sizeLimit) bytes "
                    + "(\(sizeLimit >> 20) MiB); nothing was unpacked")
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4b50 else {
            throw fail("its local header is missing (the file is cut short or damaged)", at: header)
        }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else {
            throw fail(
                "its data is cut short: the file ends before its \(entry.compressedSize) bytes", at: start)
        }
        let data: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw fail("a stored entry whose two sizes differ", at: start)
            }
            data = Array(bytes[start..<start + entry.compressedSize])
        case 8:
            data = try inflate(entry, from: start, fail: fail)
        default:
            throw fail("it is compressed by method \(entry.method); only stored (0) and deflate (8) are read")
        }
        let crc = data.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard crc == entry.crc32 else {
            throw fail(
                "its CRC-32 does not match (the file is damaged); download or export it again", at: start)
        }
        return data
    }

    private func inflate(
        _ entry: Entry, from start: Int, fail: (String, Int?) -> ZipArchiveError
    ) throws(ZipArchiveError) -> [UInt8] {
        var stream = z_stream()
        // Raw deflate (negative window bits): zip entries have no zlib header.
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw fail("zlib could not start inflating", nil)
        }
        defer { inflateEnd(&stream) }
        // One byte more than stated, so an entry that inflates past its header's size is caught.
        var output = [UInt8](repeating: 0, count: entry.uncompressedSize + 1)
        let result: Int32 = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = uInt(entry.compressedSize)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        if produced > entry.uncompressedSize {
            throw fail(
                "it inflates past the \(entry.uncompressedSize) bytes its header states (a zip bomb?); "
                    + "nothing was unpacked", start)
        }
        guard result == Z_STREAM_END else {
            let reason = result == Z_BUF_ERROR ? "cut short" : "not valid deflate data"
            throw fail("its compressed data is \(reason) (the file is damaged)", start + Int(stream.total_in))
        }
        output.removeLast(output.count - produced)
        return output
    }

    // MARK: - The central directory

    private static func centralDirectory(of bytes: [UInt8], file: String) throws(ZipArchiveError) -> [Entry] {
        func fail(_ message: String, at offset: Int? = nil) -> ZipArchiveError {
            ZipArchiveError(file: file, entry: nil, offset: offset, message: message)
        }
        // The end record is 22 bytes plus a comment of at most 65,535, at the very end.
        guard bytes.count >= 22 else {
            throw fail("it is not a zip file (\(bytes.count) bytes, too short for one)")
        }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest && uint32(bytes, end) != 0x0605_4b50 { end -= 1 }
        guard end >= lowest else {
            throw fail("it is not a zip file, or it is cut short: its end record is missing")
        }
        let count = Int(uint16(bytes, end + 10))
        let size = Int(uint32(bytes, end + 12))
        let offset = Int(uint32(bytes, end + 16))
        if uint16(bytes, end + 4) != 0 || uint16(bytes, end + 6) != 0 {
            throw fail("it spans several disks, which this reader does not read", at: end)
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw fail("it is a zip64 file, which this reader does not read", at: end)
        }
        guard offset + size <= end else {
            throw fail("its central directory lies outside the file (it is cut short or damaged)", at: end)
        }
        var entries: [Entry] = []
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= end, uint32(bytes, position) == 0x0201_4b50 else {
                throw fail("its central directory is damaged", at: position)
            }
            let nameLength = Int(uint16(bytes, position + 28))
            let next =
                position + 46 + nameLength + Int(uint16(bytes, position + 30))
                + Int(uint16(bytes, position + 32))
            guard next <= end else { throw fail("its central directory is cut short", at: position) }
            let compressed = Int(uint32(bytes, position + 20))
            let uncompressed = Int(uint32(bytes, position + 24))
            let local = Int(uint32(bytes, position + 42))
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                throw fail("it is a zip64 file, which this reader does not read", at: position)
            }
            entries.append(
                Entry(
                    name: String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self),
                    method: uint16(bytes, position + 10), flags: uint16(bytes, position + 8),
                    crc32: uint32(bytes, position + 16), compressedSize: compressed,
                    uncompressedSize: uncompressed, localHeaderOffset: local))
            position = next
        }
        return entries
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
            << 24
    }
}
