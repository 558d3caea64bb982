/// Writes ASCII through a pointer into space reserved ahead, for replay's output lines.
///
/// Appending to an array checks its capacity and uniqueness at every byte, which cost as much as
/// the formatting itself over a million lines; a line's length has a known bound, so the space is
/// reserved once per piece of output (or per value, with `[UInt8].write(atMost:_:)`) and filled
/// without those checks. Writing past the reserved space stops the program rather than corrupt
/// memory.
struct ReplayWriter {
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

    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= end - next, "replay line longer than its reserved space")
        guard let base = bytes.baseAddress else { return }
        next.update(from: base, count: bytes.count)
        next += bytes.count
    }

    @inline(__always)
    mutating func put(_ literal: StaticString) {
        // The literals here are text, held as a pointer: copied without the closure of
        // `withUTF8Buffer`.
        precondition(literal.hasPointerRepresentation, "replay writes literal text")
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Lets `body` write into the next `room` bytes, which it may all scribble on (and must not
    /// pass: the check after it comes too late to stop a store), and keeps the first `body`
    /// returns: numbers are copied a word at a time rather than byte by byte or
    /// through `memcpy`, whose call costs more than these few bytes. Space for replay's lines is
    /// reserved with `slack` bytes to spare for this.
    @inline(__always)
    mutating func put(scribblingOn room: Int, _ body: (UnsafeMutableRawPointer) -> Int) {
        precondition(end - next >= room, "replay line longer than its reserved space")
        let written = body(UnsafeMutableRawPointer(next))
        precondition(written <= room, "wrote more than the room asked for")
        next += written
    }

    /// How many bytes past a line's longest text its space is reserved with, for
    /// `put(scribblingOn:_:)`.
    static let slack = 48

    /// `THH:MM:SS`, composed in one word and stored at once (replay writes two a line).
    mutating func putTimeOfDay(hour: Int, minute: Int, second: Int) {
        precondition(end - next >= 9, "replay line longer than its reserved space")
        let digit = { (value: Int, byte: UInt64) in UInt64(truncatingIfNeeded: value) << (8 * byte) }
        // "T00:00:0", first byte lowest.
        let word: UInt64 =
            0x30_3A_30_30_3A_30_30_54 | digit(hour / 10, 1) | digit(hour % 10, 2)
            | digit(minute / 10, 4) | digit(minute % 10, 5) | digit(second / 10, 7)
        UnsafeMutableRawPointer(next).storeBytes(of: word.littleEndian, as: UInt64.self)
        next[8] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: second % 10)
        next += 9
    }

    /// `value` (0–99) as two digits; fixed widths divide by constants, which compile to
    /// multiplications.
    mutating func putTwoDigits(_ value: Int) {
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10))
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    /// The day numbers and texts of the last two dates `ISOTimestamp` wrote (`YYYY-MM-DD`, ten
    /// bytes; other lengths are not kept): a line's review time and due date take turns.
    private var rememberedDays = (Int64.min, Int64.min)
    private var rememberedDates: ((UInt64, UInt16), (UInt64, UInt16)) = ((0, 0), (0, 0))

    /// Writes the date of day `day` (days since 1970) if it is one of those remembered.
    mutating func putDate(ofDay day: Int64) -> Bool {
        let date: (UInt64, UInt16)
        if day == rememberedDays.0 {
            date = rememberedDates.0
        } else if day == rememberedDays.1 {
            date = rememberedDates.1
        } else {
            return false
        }
        precondition(end - next >= 10, "replay line longer than its reserved space")
        UnsafeMutableRawPointer(next).storeBytes(of: date.0, as: UInt64.self)
        UnsafeMutableRawPointer(next + 8).storeBytes(of: date.1, as: UInt16.self)
        next += 10
        return true
    }

    /// Remembers the text written since `mark` as the date of day `day`, in place of the older
    /// of the two remembered.
    mutating func rememberDate(ofDay day: Int64, since mark: Int) {
        guard count - mark == 10 else { return }
        let raw = UnsafeRawPointer(start + mark)
        rememberedDays = (day, rememberedDays.0)
        rememberedDates = (
            (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)),
            rememberedDates.0
        )
    }

    /// A string's UTF-8 bytes (the rare long numbers: a step of ten or more, a year past 9999).
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
        let room = limit + ReplayWriter.slack
        append(contentsOf: repeatElement(0, count: room))
        let written = withUnsafeMutableBufferPointer { all in
            var writer = ReplayWriter(UnsafeMutableBufferPointer(rebasing: all[start...]))
            body(&writer)
            return writer.count
        }
        precondition(written <= limit, "wrote more than the limit")
        removeLast(room - written)
    }
}
