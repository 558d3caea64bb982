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

    /// How many bytes `put(readingAhead:)` reads from the start of what it copies.
    static let idReadAhead = 16

    /// Copies `bytes`, from whose start at least `idReadAhead` bytes can be read: up to that
    /// many are copied as two words (replay's card ids, one a line), longer ones by `memmove`,
    /// whose call cost more than copying these few bytes.
    @inline(__always)
    mutating func put(readingAhead bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.idReadAhead, let base = bytes.baseAddress else { return put(bytes) }
        precondition(end - next >= Self.idReadAhead, "replay line longer than its reserved space")
        let words = UnsafeRawPointer(base).loadUnaligned(as: (UInt64, UInt64).self)
        UnsafeMutableRawPointer(next).storeBytes(of: words, as: (UInt64, UInt64).self)
        next += bytes.count
    }

    /// Stops the program unless `room` bytes (and `slack`) are left: a caller that has checked
    /// for a whole line's room then writes its literals with `putWithoutCheck`.
    mutating func checkRoom(_ room: Int) {
        precondition(end - next >= room + Self.slack, "replay line longer than its reserved space")
    }

    /// `put(_:)` without the check, after `checkRoom` covered it: replay writes ten literals a
    /// line, and the checks were a fifth of the instructions spent on the line around its
    /// numbers and times.
    @inline(__always)
    mutating func putWithoutCheck(_ literal: StaticString) {
        next.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        next += literal.utf8CodeUnitCount
    }

    @inline(__always)
    mutating func putWithoutCheck(_ byte: UInt8) {
        next.initialize(to: byte)
        next += 1
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

    /// The last second of the day `putTimeOfDay` wrote, and its text: a review's due time is
    /// at the same second of the day as the review (whole days later) on four lines in five.
    private var rememberedSecondOfDay = -1
    private var rememberedTimeOfDay: (UInt64, UInt8) = (0, 0)

    /// `THH:MM:SS` of second `secondOfDay` (0–86,399), composed in one word and stored at once
    /// (replay writes two a line). Unsigned 32-bit arithmetic: a tenth of a number below 100
    /// is `x × 103 >> 10`.
    mutating func putTimeOfDay(secondOfDay: Int) {
        precondition(end - next >= 9, "replay line longer than its reserved space")
        if secondOfDay == rememberedSecondOfDay {
            UnsafeMutableRawPointer(next).storeBytes(of: rememberedTimeOfDay.0.littleEndian, as: UInt64.self)
            next[8] = rememberedTimeOfDay.1
            next += 9
            return
        }
        let time = UInt32(truncatingIfNeeded: secondOfDay)
        let hour = time / 3_600
        let minuteAndSecond = time &- hour &* 3_600
        let minute = minuteAndSecond / 60
        let second = minuteAndSecond &- minute &* 60
        let tens = { (value: UInt32) in (value &* 103) &>> 10 }
        let digit = { (value: UInt32, byte: UInt64) in UInt64(value) &<< (8 &* byte) }
        let (hourTens, minuteTens, secondTens) = (tens(hour), tens(minute), tens(second))
        // "T00:00:0", first byte lowest.
        let word: UInt64 =
            0x30_3A_30_30_3A_30_30_54 | digit(hourTens, 1) | digit(hour &- 10 &* hourTens, 2)
            | digit(minuteTens, 4) | digit(minute &- 10 &* minuteTens, 5) | digit(secondTens, 7)
        let last = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: second &- 10 &* secondTens)
        UnsafeMutableRawPointer(next).storeBytes(of: word.littleEndian, as: UInt64.self)
        next[8] = last
        next += 9
        (rememberedSecondOfDay, rememberedTimeOfDay) = (secondOfDay, (word, last))
    }

    /// `value` (0–99) as two digits; fixed widths divide by constants, which compile to
    /// multiplications.
    mutating func putTwoDigits(_ value: Int) {
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10))
        put(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    /// A date's text, `YYYY-MM-DD`: `YYYY-MM-` in a word (first byte lowest) and `DD`.
    typealias DateText = (UInt64, UInt16)

    /// The day number and text of the last date `putDate(year:…)` wrote: replay writes a
    /// review's time through it, and its lines mostly fall on the day of the line before.
    /// (Due dates go through an `ISODateMemo`: with one remembered date for both, each due date
    /// pushed out the review's day, and three dates in five were worked out again.)
    private var rememberedDay = Int64.min
    private var rememberedDate: DateText = (0, 0)

    /// Writes the date of day `day` (days since 1970) if it is the one remembered.
    mutating func putDate(ofDay day: Int64) -> Bool {
        guard day == rememberedDay else { return false }
        put(date: rememberedDate)
        return true
    }

    /// Writes the date `year-month-day` (a year from 0 to 9999) and remembers it as day `day`.
    mutating func putDate(year: Int, month: Int, day: Int, ofDay dayNumber: Int64) {
        let date = Self.dateText(year: year, month: month, day: day)
        (rememberedDay, rememberedDate) = (dayNumber, date)
        put(date: date)
    }

    /// The text of the date `year-month-day` (a year from 0 to 9999). The digits are made in one
    /// word (`DecimalDigits.eight` of YYYYMMDD) and the dashes put between them.
    static func dateText(year: Int, month: Int, day: Int) -> DateText {
        let digits = DecimalDigits.eight(UInt32(truncatingIfNeeded: year * 10_000 + month * 100 + day))
        // "YYYY-MM-" in the word (first byte lowest), "DD" after it.
        let word = digits & 0xFFFF_FFFF | 0x2D << 32 | (digits >> 32 & 0xFFFF) << 40 | 0x2D << 56
        return (word, UInt16(truncatingIfNeeded: digits >> 48))
    }

    mutating func put(date: DateText) {
        precondition(end - next >= 10, "replay line longer than its reserved space")
        UnsafeMutableRawPointer(next).storeBytes(of: date.0.littleEndian, as: UInt64.self)
        UnsafeMutableRawPointer(next + 8).storeBytes(of: date.1.littleEndian, as: UInt16.self)
        next += 10
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
