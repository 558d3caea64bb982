extension ISOTimestamp {
    /// Reads timestamps one after another as `ISOTimestamp.parse(utf8:)` does, faster when they
    /// fall on the day of the one before: a history's reviews come a day's worth at a time.
    ///
    /// After a time of the common form `YYYY-MM-DDTHH:MM:SSZ`, it keeps that date's bytes and
    /// the instant its day began; a time of the same form and date is then read by its time of
    /// day alone. Anything else is read in full, so the results and errors are `parse`'s.
    struct SameDayReader {
        /// The first eight bytes and the last two of the remembered date.
        private var dateStart: UInt64 = 0
        private var dateEnd: UInt16 = 0
        /// Microseconds since 1970 at the remembered day's midnight, UTC; nil before the first.
        private var dayStart: Int64?

        /// The length of the common form.
        static let length = 20

        mutating func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Instant {
            guard let base = bytes.baseAddress, bytes.count == Self.length, bytes[10] == UInt8(ascii: "T"),
                bytes[19] == UInt8(ascii: "Z")
            else { return try ISOTimestamp.parse(utf8: bytes) }
            let raw = UnsafeRawPointer(base)
            let start = raw.loadUnaligned(as: UInt64.self)
            let end = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
            if let dayStart, start == dateStart, end == dateEnd, let second = Self.secondOfDay(base + 11) {
                return Instant(
                    microsecondsSince1970: dayStart + Int64(second) * Instant.microsecondsPerSecond)
            }
            let instant = try ISOTimestamp.parse(utf8: bytes)
            // `parse` took it, so the time of day reads.
            if let second = Self.secondOfDay(base + 11) {
                (dateStart, dateEnd) = (start, end)
                dayStart = instant.microsecondsSince1970 - Int64(second) * Instant.microsecondsPerSecond
            }
            return instant
        }

        /// `HH:MM:SS` at `text` as seconds since midnight, or nil unless it is a time of day
        /// `parse` takes.
        private static func secondOfDay(_ text: UnsafePointer<UInt8>) -> Int? {
            func twoDigits(at offset: Int) -> Int? {
                let tens = text[offset] &- UInt8(ascii: "0")
                let ones = text[offset + 1] &- UInt8(ascii: "0")
                guard tens < 10, ones < 10 else { return nil }
                return Int(tens) * 10 + Int(ones)
            }
            guard text[2] == UInt8(ascii: ":"), text[5] == UInt8(ascii: ":"), let hour = twoDigits(at: 0),
                let minute = twoDigits(at: 3), let second = twoDigits(at: 6), hour < 24, minute < 60,
                second < 60
            else { return nil }
            return hour * 3_600 + minute * 60 + second
        }
    }
}
