/// Tests on eight bytes at once, packed in a `UInt64` (SWAR): the scanners that walk every byte
/// of a large file (JSON text, line counting) use them to skip plain runs a word at a time.
///
/// Each test may also flag bytes above a byte that truly matches (a borrow carries upwards), so
/// "is there any" is exact while which byte it is must be found one byte at a time, or by the
/// lowest flag.
@usableFromInline
enum ByteWords {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that is zero (and maybe of bytes above one).
    @inlinable @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// The high bit of each byte equal to `byte`.
    @inlinable @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each byte below `limit` (at most 128).
    @inline(__always)
    static func bytes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// Whether any byte is a double quote, a backslash or a control character: what ends a run
    /// of plain JSON text.
    @inline(__always)
    static func stopsPlainText(_ word: UInt64) -> Bool {
        bytes(word, equalTo: UInt8(ascii: "\"")) | bytes(word, equalTo: UInt8(ascii: "\\"))
            | bytes(word, below: 0x20) != 0
    }

    /// Whether every byte is below 0x80.
    @usableFromInline
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var position = 0
        var high: UInt64 = 0
        while position + 8 <= buffer.count {
            high |= raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            position += 8
        }
        while position < buffer.count {
            high |= UInt64(buffer[position])
            position += 1
        }
        return high & highBits == 0
    }

    /// The high bit of each comma, LF, CR, double quote and byte from 0x80 up (and maybe of bytes
    /// above one): what ends a plain CSV field.
    @inlinable @inline(__always)
    static func fieldBreaks(_ word: UInt64) -> UInt64 {
        bytes(word, equalTo: UInt8(ascii: ",")) | bytes(word, equalTo: UInt8(ascii: "\n"))
            | bytes(word, equalTo: UInt8(ascii: "\r")) | bytes(word, equalTo: UInt8(ascii: "\""))
            | word & highBits
    }

    /// The high bit of each byte that is exactly a line feed (no false flags: for counting).
    @inline(__always)
    static func lineFeeds(_ word: UInt64) -> UInt64 {
        let matched = word ^ (ones &* 0x0A)
        // Exact zero test: adding 0x7F to the low seven bits never carries into the next byte.
        let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        return ~(((matched & low) &+ low) | matched | low)
    }

    /// The high bit of each UTF-8 continuation byte (10xxxxxx), exactly.
    @inline(__always)
    static func continuationBytes(_ word: UInt64) -> UInt64 {
        word & ~(word << 1) & highBits
    }
}
