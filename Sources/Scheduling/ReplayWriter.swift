/// Writes ASCII through a pointer into space reserved ahead, for replay's output lines.
///
/// Appending to an array checks its capacity and uniqueness at every byte, which cost as much as
/// the formatting itself over a million lines; a line's length has a known bound, so the space is
/// reserved once per piece of output (or per value, with `[UInt8].write(atMost:_:)`) and filled
/// without those checks. Writing past the reserved space stops the program rather than corrupt
/// memory.
struct ReplayWriter: TextOutputStream {
    private var next: UnsafeMutablePointer<UInt8>
    private let end: UnsafeMutablePointer<UInt8>
    private let start: UnsafeMutablePointer<UInt8>

    /// A writer filling `buffer` from its start; `buffer` must not be empty.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        precondition(buffer.baseAddress != nil, "a replay writer needs space to write into")
        start = buffer.baseAddress.unsafelyUnwrapped
        next = start
        end = start + buffer.count
    }

    /// How many bytes have been written.
    var count: Int { next - start }

    mutating func put(_ byte: UInt8) {
        precondition(next < end, "replay line longer than its reserved space")
        next.initialize(to: byte)
        next += 1
    }

    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= end - next, "replay line longer than its reserved space")
        guard let base = bytes.baseAddress else { return }
        next.update(from: base, count: bytes.count)
        next += bytes.count
    }

    mutating func put(_ literal: StaticString) {
        literal.withUTF8Buffer { put($0) }
    }

    /// `value` (0–99) as two digits; fixed widths divide by constants, which compile to
    /// multiplications.
    mutating func putTwoDigits(_ value: Int) {
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10))
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    /// The bytes written since `count` was `mark`.
    func written(since mark: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start + mark, count: count - mark)
    }

    /// Forgets what was written since `count` was `mark`.
    mutating func rewind(to mark: Int) { next = start + mark }

    // `Double.write(to:)` hands its digits over through `_writeASCII` from a stack buffer.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { put(buffer) }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { put($0) }
    }
}

extension [UInt8] {
    /// Appends what `body` writes, which must be at most `limit` bytes.
    mutating func write(atMost limit: Int, _ body: (inout ReplayWriter) -> Void) {
        guard limit > 0 else { return }
        let start = count
        append(contentsOf: repeatElement(0, count: limit))
        let written = withUnsafeMutableBufferPointer { all in
            var writer = ReplayWriter(UnsafeMutableBufferPointer(rebasing: all[start...]))
            body(&writer)
            return writer.count
        }
        removeLast(limit - written)
    }
}
