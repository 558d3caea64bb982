import TextFormats

/// ISO-8601 timestamps with an explicit zone, read and written to the microsecond.
///
/// Review histories carry times like `2025-01-08T11:17:42Z`, `2025-01-08T12:17:42+01:00` or
/// `2024-03-29T20:32:32.250000+00:00`. A time without a zone is refused: guessing the zone would
/// shift every interval. Hand-written rather than `ISO8601DateFormatter`, which keeps only
/// milliseconds.
public enum ISOTimestamp {
    /// Why a text is not a timestamp, with an example of one that is.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String {
            "\(QuotedInput.quote(text)) is not an ISO-8601 time with a zone (\(reason)); write e.g. 2025-01-08T11:17:42Z "
                + "or 2025-01-08T12:17:42.5+01:00"
        }
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or an offset `±HH:MM` (`±HHMM`,
    /// `±HH`). A space may replace the `T`; digits beyond microseconds are dropped, as Python does.
    public static func parse(_ text: String) throws(ParseError) -> Instant {
        try parse(utf8: Array(text.utf8)[...])
    }

    /// `parse(_:)` on UTF-8 bytes, for readers that have not made a string of them.
    public static func parse(utf8 bytes: ArraySlice<UInt8>) throws(ParseError) -> Instant {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) -> Instant in try parse(utf8: buffer)
        }
    }

    /// `parse(_:)` on UTF-8 bytes in place (replay reads its rows straight from the file's
    /// bytes).
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Instant {
        var reader = Reader(bytes)
        func fail(_ reason: String) -> ParseError {
            ParseError(text: String(decoding: bytes, as: UTF8.self), reason: reason)
        }

        guard let year = reader.digits(4), reader.take("-"), let month = reader.digits(2), reader.take("-"),
            let day = reader.digits(2)
        else { throw fail("the date is not YYYY-MM-DD") }
        guard (1...12).contains(month) else { throw fail("month \(month) does not exist") }
        guard (1...CivilDay.daysIn(month: month, year: year)).contains(day) else {
            throw fail("day \(day) does not exist in \(year)-\(month < 10 ? "0" : "")\(month)")
        }
        guard reader.take("T") || reader.take("t") || reader.take(" ") else {
            throw fail("a time must follow the date after a T")
        }
        guard let hour = reader.digits(2), reader.take(":"), let minute = reader.digits(2) else {
            throw fail("the time is not HH:MM:SS")
        }
        var second = 0
        var micros = 0
        if reader.take(":") {
            guard let value = reader.digits(2) else { throw fail("the seconds are not two digits") }
            second = value
            if reader.take(".") || reader.take(",") {
                var count = 0
                while let digit = reader.digit() {
                    if count < 6 { micros = micros * 10 + digit }
                    count += 1
                }
                guard count > 0 else { throw fail("no digits follow the decimal point") }
                for _ in count..<max(count, 6) { micros *= 10 }
            }
        }
        guard hour < 24, minute < 60, second < 60 else { throw fail("the time of day is out of range") }

        let offsetMinutes: Int
        if reader.take("Z") || reader.take("z") {
            offsetMinutes = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.digits(2) else { throw fail("the zone offset is not ±HH:MM") }
            var minutes = 0
            if reader.take(":") {
                guard let value = reader.digits(2) else { throw fail("the zone offset is not ±HH:MM") }
                minutes = value
            } else if let value = reader.digits(2) {
                minutes = value
            }
            guard hours < 24, minutes < 60 else { throw fail("the zone offset is out of range") }
            offsetMinutes = sign * (hours * 60 + minutes)
        } else if reader.atEnd {
            throw fail("it has no zone; add Z for UTC or an offset like +01:00")
        } else {
            throw fail("unexpected text after the time")
        }
        guard reader.atEnd else { throw fail("unexpected text after the zone") }

        let days = Int64(CivilDay(year: year, month: month, day: day).ordinal)
        let seconds = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return Instant(microsecondsSince1970: seconds * Instant.microsecondsPerSecond + Int64(micros))
    }

    /// Writes `instant` in UTC as `YYYY-MM-DDTHH:MM:SSZ`.
    ///
    /// With `fractionalSeconds`, a time that is not a whole second gets six fraction digits (as
    /// Python's `isoformat` does); without, the fraction is dropped (rounded down).
    public static func format(_ instant: Instant, fractionalSeconds: Bool) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(28)
        append(instant, fractionalSeconds: fractionalSeconds, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// `format(_:fractionalSeconds:)` appended to ASCII bytes: replay writes two per review,
    /// millions of times, and a string for each would cost more than the formatting.
    public static func append(_ instant: Instant, fractionalSeconds: Bool, to text: inout [UInt8]) {
        text.write(atMost: longestFormat) { write(instant, fractionalSeconds: fractionalSeconds, to: &$0) }
    }

    /// The longest text `format` writes: a year of six digits and a sign (an `Instant` reaches
    /// about 292,000 years either side of 1970), then `-MM-DDTHH:MM:SS.ffffffZ`.
    static let longestFormat = 30

    /// Writes `instant` as `format` does, its date remembered by `writer` for the next (replay:
    /// a review's time).
    static func write(_ instant: Instant, fractionalSeconds: Bool, to writer: inout ReplayWriter) {
        let (days, time, micros) = Self.dayAndTime(instant.microsecondsSince1970)
        // Replay's lines mostly fall on the day of the line before: the date is copied from the
        // writer's last one rather than worked out from the day number again.
        if !writer.putDate(ofDay: days) {
            let (year, month, day) = CivilDay(ordinal: Int(days)).components
            if (0..<10_000).contains(year) {
                writer.putDate(year: year, month: month, day: day, ofDay: days)
            } else {
                writeDate(year: year, month: month, day: day, to: &writer)
            }
        }
        writeTime(secondOfDay: time, microsecond: micros, fractionalSeconds: fractionalSeconds, to: &writer)
    }

    /// Writes `instant` as `format` does, its date found in or kept in `dates` (replay: a due
    /// date).
    static func write(
        _ instant: Instant, fractionalSeconds: Bool, dates: borrowing ISODateMemo,
        to writer: inout ReplayWriter
    ) {
        let (days, time, micros) = Self.dayAndTime(instant.microsecondsSince1970)
        if let date = dates.date(ofDay: days) {
            writer.put(date: date)
        } else {
            let (year, month, day) = CivilDay(ordinal: Int(days)).components
            if (0..<10_000).contains(year) {
                let date = ReplayWriter.dateText(year: year, month: month, day: day)
                dates.remember(date, ofDay: days)
                writer.put(date: date)
            } else {
                writeDate(year: year, month: month, day: day, to: &writer)
            }
        }
        writeTime(secondOfDay: time, microsecond: micros, fractionalSeconds: fractionalSeconds, to: &writer)
    }

    /// A date of five digits or more, or before 1 BC: far outside review histories.
    private static func writeDate(year: Int, month: Int, day: Int, to writer: inout ReplayWriter) {
        if year < 0 { writer.put(UInt8(ascii: "-")) }
        let digits = String(year.magnitude)
        for _ in digits.utf8.count..<max(digits.utf8.count, 4) { writer.put(UInt8(ascii: "0")) }
        writer.write(digits)
        writer.put(UInt8(ascii: "-"))
        writer.putTwoDigits(month)
        writer.put(UInt8(ascii: "-"))
        writer.putTwoDigits(day)
    }

    /// `THH:MM:SS`, the fraction if asked for and not zero, and `Z`.
    @inline(__always)
    private static func writeTime(
        secondOfDay: Int, microsecond: Int64, fractionalSeconds: Bool, to writer: inout ReplayWriter
    ) {
        writer.putTimeOfDay(secondOfDay: secondOfDay)
        if fractionalSeconds && microsecond != 0 {
            writer.put(UInt8(ascii: "."))
            let fraction = Int(microsecond)
            writer.putTwoDigits(fraction / 10_000)
            writer.putTwoDigits(fraction / 100 % 100)
            writer.putTwoDigits(fraction % 100)
        }
        writer.put(UInt8(ascii: "Z"))
    }

    /// The day (since 1970), second of the day and microsecond of the second of a time, each
    /// rounded down: times after 1970 (all of replay's) are divided as unsigned numbers, which
    /// takes a third of the instructions.
    private static func dayAndTime(_ microseconds: Int64) -> (day: Int64, second: Int, microsecond: Int64) {
        if microseconds >= 0 {
            let whole = UInt64(microseconds)
            let seconds = whole / 1_000_000
            let day = seconds / 86_400
            return (
                Int64(day), Int(truncatingIfNeeded: seconds &- day &* 86_400),
                Int64(whole &- seconds &* 1_000_000)
            )
        }
        let (seconds, micros) = Instant.floorDivide(microseconds, Instant.microsecondsPerSecond)
        let (day, secondOfDay) = Instant.floorDivide(seconds, 86_400)
        return (day, Int(secondOfDay), micros)
    }

    /// A cursor over ASCII bytes.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        var atEnd: Bool { index == bytes.endIndex }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func digit() -> Int? {
            guard index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
            else {
                return nil
            }
            defer { index += 1 }
            return Int(bytes[index] - UInt8(ascii: "0"))
        }

        mutating func digits(_ count: Int) -> Int? {
            let start = index
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else {
                    index = start
                    return nil
                }
                value = value * 10 + digit
            }
            return value
        }

        mutating func sign() -> Int? {
            if take("+") { return 1 }
            if take("-") { return -1 }
            return nil
        }
    }
}
