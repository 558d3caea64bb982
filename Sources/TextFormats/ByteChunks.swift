import Foundation

/// Where a large text comes from, read a piece at a time so it never has to be held whole.
///
/// Reading can be started again from the beginning (`open`), which a reader falls back on when
/// it needs the whole text after all, e.g. to report a syntax error exactly as a whole-file
/// parse would.
public struct ByteChunks: Sendable {
    /// Starts reading from the beginning; each call of the returned function gives the next
    /// piece, and an empty array at the end.
    public let open: @Sendable () throws -> () throws -> [UInt8]

    public init(open: @escaping @Sendable () throws -> () throws -> [UInt8]) {
        self.open = open
    }

    /// Bytes already in memory, handed out `chunkSize` at a time (tests use tiny chunks to
    /// put a piece boundary everywhere).
    public static func bytes(_ bytes: [UInt8], chunkSize: Int = 1 << 16) -> ByteChunks {
        let size = max(1, chunkSize)
        return ByteChunks {
            var offset = 0
            return {
                let end = min(bytes.count, offset + size)
                defer { offset = end }
                return Array(bytes[offset..<end])
            }
        }
    }

    /// A file, read `chunkSize` bytes at a time.
    public static func file(_ url: URL, chunkSize: Int = 1 << 16) -> ByteChunks {
        ByteChunks {
            let file = try OpenFile(path: url.path)
            return { try file.read(upTo: max(1, chunkSize)) }
        }
    }
    /// Everything, from the beginning.
    public func readAll() throws -> [UInt8] {
        let next = try open()
        var all: [UInt8] = []
        while true {
            let chunk = try next()
            if chunk.isEmpty { return all }
            all += chunk
        }
    }
}

/// A file descriptor read with `read(2)`, closed when the last reader lets go of it.
private final class OpenFile {
    struct ReadError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot read \(path): \(String(cString: strerror(code)))" }
    }

    private let descriptor: Int32
    private let path: String

    init(path: String) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        self.path = path
        guard descriptor >= 0 else { throw ReadError(path: path, code: errno) }
    }

    deinit { close(descriptor) }

    /// The next piece of the file; empty at its end. Interrupted reads are retried.
    func read(upTo count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while true {
                let got = Foundation.read(descriptor, buffer.baseAddress, count)
                if got >= 0 {
                    initialized = got
                    return
                }
                if errno != EINTR {
                    initialized = 0
                    throw ReadError(path: path, code: errno)
                }
            }
        }
    }
}
