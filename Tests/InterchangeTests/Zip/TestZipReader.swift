import CZlib
import Foundation

/// A zip read the simplest way, for tests only: the end record, then each central-directory entry
/// and its local header, stored or raw-deflated data inflated through zlib, the CRC checked. The
/// real reader (with its limits and located errors) belongs to the Anki import; this one trusts
/// its input, which the tests made.
struct TestZipReader {
    struct Entry {
        var name: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var contents: [UInt8]
        var flags: UInt16
    }

    enum Problem: Error { case malformed(String) }

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: 0, by: -1).first(where: {
                u32($0) == 0x0605_4b50
            })
        else { throw Problem.malformed("no end of central directory") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(at) == 0x0201_4b50 else { throw Problem.malformed("central directory entry") }
            let flags = UInt16(u16(at + 8))
            let method = UInt16(u16(at + 10))
            let crc = UInt32(u32(at + 16))
            let compressed = u32(at + 20)
            let size = u32(at + 24)
            let nameLength = u16(at + 28)
            let skip = nameLength + u16(at + 30) + u16(at + 32)
            let local = u32(at + 42)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard u32(local) == 0x0403_4b50, u32(local + 14) == Int(crc) else {
                throw Problem.malformed("local header of \(name)")
            }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            let data = Array(bytes[start..<(start + compressed)])
            let contents = method == 0 ? data : try Self.inflate(data, size: size)
            let check = contents.withUnsafeBufferPointer { UInt32(crc32_z(0, $0.baseAddress, $0.count)) }
            guard check == crc, contents.count == size else { throw Problem.malformed("CRC of \(name)") }
            entries.append(
                Entry(
                    name: name, method: method, crc: crc, compressedSize: compressed, contents: contents,
                    flags: flags))
            at += 46 + skip
        }
        self.entries = entries
    }

    func contents(of name: String) -> [UInt8]? { entries.first { $0.name == name }?.contents }

    private static func inflate(_ data: [UInt8], size: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw Problem.malformed("inflateInit2")
        }
        defer { inflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let code = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = UInt32(outputBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard code == Z_STREAM_END else { throw Problem.malformed("inflate \(code)") }
        return Array(output[..<Int(stream.total_out)])
    }
}
