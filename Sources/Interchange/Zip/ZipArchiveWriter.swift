import CZlib
import Foundation

/// Builds a zip archive in memory, as Anki packages are: each file deflated through the system's
/// zlib (or stored when deflating would not shrink it), its CRC-32 from zlib's `crc32`, then the
/// central directory. No zip64: an archive or file past 4 GiB is refused, which no deck reaches.
///
/// The one place Palpate writes zip files; `ZipArchiveWriterTests` read them back.
public struct ZipArchiveWriter {
    /// Why an archive could not be built.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    private var output: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var count = 0
    private var names: Set<String> = []
    /// Zip's limit without zip64: sizes and offsets are 32-bit.
    static let sizeLimit = Int(UInt32.max)

    public init() {}

    /// Adds a file.
    ///
    /// - Parameters:
    ///   - name: its path in the archive, `/`-separated, unique.
    ///   - contents: its bytes.
    ///   - modified: the time written in its header (zip keeps local time to 2 s; UTC is written).
    public mutating func add(name: String, contents: [UInt8], modified: Date) throws(Failure) {
        guard !name.isEmpty, !name.hasPrefix("/"), names.insert(name).inserted else {
            throw Failure(
                description: "a zip archive needs a unique, relative name for each file ('\(name)')")
        }
        guard contents.count < Self.sizeLimit, output.count < Self.sizeLimit else {
            throw Failure(description: "'\(name)' is too large for a zip archive without zip64 (4 GiB)")
        }
        let crc = Self.crc32(contents)
        let deflated = try Self.deflate(contents)
        let (method, stored): (UInt16, [UInt8]) =
            deflated.count < contents.count ? (8, deflated) : (0, contents)
        let (time, date) = Self.dosTime(modified)
        let nameBytes = Array(name.utf8)
        let offset = output.count
        // Bit 11: the name is UTF-8.
        let flags: UInt16 = 0x0800

        // The fields the local header and the central directory's entry share, in the same order.
        func appendSharedFields(to header: inout [UInt8]) {
            header.append(le16: 20)  // version needed: 2.0 (deflate)
            header.append(le16: flags)
            header.append(le16: method)
            header.append(le16: time)
            header.append(le16: date)
            header.append(le32: crc)
            header.append(le32: UInt32(stored.count))
            header.append(le32: UInt32(contents.count))
            header.append(le16: UInt16(nameBytes.count))
            header.append(le16: 0)  // extra field length
        }

        var local: [UInt8] = []
        local.append(le32: 0x0403_4b50)
        appendSharedFields(to: &local)
        output += local
        output += nameBytes
        output += stored

        centralDirectory.append(le32: 0x0201_4b50)
        centralDirectory.append(le16: 0x0314)  // made by: Unix, zip 2.0
        appendSharedFields(to: &centralDirectory)
        centralDirectory.append(le16: 0)  // comment length
        centralDirectory.append(le16: 0)  // disk number
        centralDirectory.append(le16: 0)  // internal attributes
        centralDirectory.append(le32: 0o100644 << 16)  // external: a regular file, rw-r--r--
        centralDirectory.append(le32: UInt32(offset))
        centralDirectory += nameBytes
        count += 1
    }

    /// The whole archive: the files added, their central directory and its end record.
    public func finish() throws(Failure) -> [UInt8] {
        guard output.count + centralDirectory.count < Self.sizeLimit, count < Int(UInt16.max) else {
            throw Failure(description: "the archive is too large for zip without zip64 (4 GiB, 65,535 files)")
        }
        var archive = output + centralDirectory
        archive.append(le32: 0x0605_4b50)
        archive.append(le16: 0)  // this disk
        archive.append(le16: 0)  // the disk where the directory starts
        archive.append(le16: UInt16(count))
        archive.append(le16: UInt16(count))
        archive.append(le32: UInt32(centralDirectory.count))
        archive.append(le32: UInt32(output.count))
        archive.append(le16: 0)  // comment length
        return archive
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32_z(0, buffer.baseAddress, buffer.count))
        }
    }

    /// Raw deflate (no zlib header: zip wants the bare stream), at zlib's default level.
    static func deflate(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        let initialised = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else {
            throw Failure(description: "zlib could not start compressing (error \(initialised))")
        }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))))
        let code = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = UInt32(outputBuffer.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard code == Z_STREAM_END else {
            throw Failure(description: "zlib could not compress a file (error \(code))")
        }
        return Array(output[..<Int(stream.total_out)])
    }

    /// MS-DOS time and date, as zip headers hold them (from 1980, to 2 seconds).
    static func dosTime(_ date: Date) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = min(max((parts.year ?? 1980) - 1980, 0), 127)
        guard (parts.year ?? 1980) >= 1980 else { return (0, UInt16(1 << 5 | 1)) }
        let time = (parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2
        let day = year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1)
        return (UInt16(time), UInt16(day))
    }
}

extension [UInt8] {
    /// Zip's integers are little-endian.
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xff))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}
