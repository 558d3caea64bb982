/// Writes values as compact bytes: integers as variable-length (LEB128, zig-zag for the sign),
/// text as its UTF-8 length and bytes.
///
/// Not a general format: it only needs to read back what this build wrote, in a packed question
/// (`Decks.QuestionBody`) and in the deck cache.
public struct ByteWriter: Sendable {
    public var bytes: [UInt8] { buffer }
    @usableFromInline var buffer: [UInt8] = []

    @inlinable
    public init() {}

    /// A writer with room for `capacity` bytes, when the size is known roughly: growing a buffer
    /// step by step copies it several times.
    @inlinable
    public init(capacity: Int) { buffer.reserveCapacity(capacity) }

    @inlinable
    public mutating func int(_ value: Int) {
        // Zig-zag: small magnitudes of either sign take one byte.
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        buffer.append(UInt8(rest))
    }

    @inlinable
    public mutating func bool(_ value: Bool) { buffer.append(value ? 1 : 0) }

    @inlinable
    public mutating func string(_ value: String) {
        int(value.utf8.count)
        buffer.append(contentsOf: value.utf8)
    }

    /// Bytes written as they are, after their count.
    @inlinable
    public mutating func blob(_ value: [UInt8]) {
        int(value.count)
        buffer.append(contentsOf: value)
    }

    @inlinable
    public mutating func optional<Value>(_ value: Value?, _ write: (inout ByteWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    @inlinable
    public mutating func list<Value>(_ values: [Value], _ write: (inout ByteWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `ByteWriter` wrote. Any surprise (short, overlong or foreign bytes, text that is not
/// UTF-8) is `ByteReader.Damaged`, never a trap, so damaged bytes from a file are simply refused.
public struct ByteReader: Sendable {
    public struct Damaged: Error, Sendable {
        public init() {}
    }

    @usableFromInline let bytes: [UInt8]
    @usableFromInline var position: Int

    @inlinable
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.position = 0
    }

    @inlinable
    public var isAtEnd: Bool { position == bytes.count }

    @inlinable
    public mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            // The tenth byte holds the 64th bit only: anything more is not a 64-bit integer.
            guard shift < 63 || byte <= 1 else { throw Damaged() }
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    @inlinable
    public mutating func bool() throws(Damaged) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    @inlinable
    public mutating func string() throws(Damaged) -> String {
        let range = try textRange()
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Steps over a string, checking it as `string()` would without making it.
    @inlinable
    public mutating func skipString() throws(Damaged) { _ = try textRange() }

    @inlinable
    public mutating func blob() throws(Damaged) -> [UInt8] {
        let count = try count(ofItemsAtLeast: 1)
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    @inlinable
    public mutating func optional<Value>(_ read: (inout ByteReader) throws(Damaged) -> Value) throws(Damaged)
        -> Value?
    {
        try bool() ? try read(&self) : nil
    }

    @inlinable
    public mutating func list<Value>(_ read: (inout ByteReader) throws(Damaged) -> Value) throws(Damaged)
        -> [Value]
    {
        let count = try count(ofItemsAtLeast: 1)
        var values: [Value] = []
        // Room for what one byte per item allows, but not more than a damaged count could ask.
        values.reserveCapacity(min(count, 4096))
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// Steps over a list, checking each item with `skip`.
    @inlinable
    public mutating func skipList(_ skip: (inout ByteReader) throws(Damaged) -> Void) throws(Damaged) {
        for _ in 0..<(try count(ofItemsAtLeast: 1)) { try skip(&self) }
    }

    /// A count of items that take at least `size` bytes each: a count the rest cannot hold is damage.
    @inlinable
    mutating func count(ofItemsAtLeast size: Int) throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - position) / size else { throw Damaged() }
        return count
    }

    /// The bytes of the next string, checked to be UTF-8; the reader moves past them.
    @inlinable
    mutating func textRange() throws(Damaged) -> Range<Int> {
        let count = try count(ofItemsAtLeast: 1)
        let range = position..<(position + count)
        // Nearly all text is ASCII (checked eight bytes at a time), which needs no validating
        // (the generic validator is slow).
        let slice = bytes[range]
        guard
            slice.withUnsafeBufferPointer(ByteWords.isASCII)
                || String(validating: slice, as: UTF8.self) != nil
        else {
            throw Damaged()
        }
        position += count
        return range
    }
}
