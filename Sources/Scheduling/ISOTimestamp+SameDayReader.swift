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
        /// `parse` takes. The eight bytes are checked and read as one word: the colons in
        /// place, every other byte a digit, then each pair's value made in its lane (a tenth of
        /// the instructions of reading the bytes one by one, for every row of a replay).
        private static func secondOfDay(_ text: UnsafePointer<UInt8>) -> Int? {
            let word = UInt64(littleEndian: UnsafeRawPointer(text).loadUnaligned(as: UInt64.self))
            let colons: UInt64 = 0x0000_3A00_003A_0000
            let colonLanes: UInt64 = 0x0000_FF00_00FF_0000
            guard word & colonLanes == colons else { return nil }
            // The colons made zeros, then every byte must read 0x30–0x39: its high nibble 3,
            // and still 3 after adding 6 (0x3A and up carry into it).
            let digits = word & ~colonLanes | 0x0000_3000_0030_0000
            let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
            guard
                digits & highNibbles | ((digits &+ 0x0606_0606_0606_0606) & highNibbles) >> 4
                    == 0x3333_3333_3333_3333
            else { return nil }
            // Each lane's digit, then tens × 10 + ones in the lane of the tens.
            let values = digits &- 0x3030_3030_3030_3030
            let pairs = values &* 10 &+ (values >> 8)
            let hour = Int(pairs & 0xFF)
            let minute = Int(pairs >> 24 & 0xFF)
            let second = Int(pairs >> 48 & 0xFF)
            guard hour < 24, minute < 60, second < 60 else { return nil }
            return hour * 3_600 + minute * 60 + second
        }
    }
}
