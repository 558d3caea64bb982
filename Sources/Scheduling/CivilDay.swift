/// A calendar date with no time or zone (`2026-03-01`), for laying out day-based charts and
/// checking `--since` without a `Calendar` (whose work per call is far too slow for every cell).
public struct CivilDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Reads exactly `YYYY-MM-DD` with a real month and day; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146_097 + dayOfEra - 719_468
    }

    public var components: (year: Int, month: Int, day: Int) {
        Self.fastRange.contains(ordinal) ? componentsInFastRange : componentsByEras
    }

    /// Days (about 32,800 BC to AD 2.9 million) where `componentsInFastRange` holds.
    static let fastRange = -12_699_422..<1_061_042_401

    /// Cassio Neri and Lorenz Schneider's civil_from_days ("Euclidean affine functions and their
    /// application to calendar algorithms", 2022): 32-bit, with divisions turned into
    /// multiplications and shifts; a fifth of the instructions of `componentsByEras`, and
    /// replay writes a due date on every line.
    var componentsInFastRange: (year: Int, month: Int, day: Int) {
        // Days since 1 March of year -32,800 (82 eras of 400 years before year 0).
        let n = UInt32(truncatingIfNeeded: ordinal + 719_468 + 146_097 * 82)
        let n1 = 4 &* n &+ 3
        let century = n1 / 146_097
        let dayOfCentury = n1 % 146_097 / 4
        let n2 = 4 &* dayOfCentury &+ 3
        let p2 = UInt64(2_939_745) &* UInt64(n2)
        let yearOfCentury = UInt32(truncatingIfNeeded: p2 >> 32)
        let dayOfYear = UInt32(truncatingIfNeeded: p2) / 2_939_745 / 4
        let n3 = 2_141 &* dayOfYear &+ 197_913
        let month = n3 >> 16
        let day = (n3 & 0xFFFF) / 2_141 + 1
        let january = dayOfYear >= 306
        let year = Int(100 &* century &+ yearOfCentury) - 400 * 82 + (january ? 1 : 0)
        return (year, Int(january ? month - 12 : month), Int(day))
    }

    /// Howard Hinnant's civil_from_days, for any day.
    var componentsByEras: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> CivilDay { CivilDay(ordinal: ordinal + days) }

    public var description: String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The days of a month (1–12) of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Why a text written as `YYYY-MM-DD` is no day ("February 2026 has 28 days"); nil when it
    /// is one, or is not written that way. A student who typed 2026-02-30 was only told the form.
    public static func whyNoDay(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard CivilDay(text) == nil, parts.count == 3, parts.map(\.count) == [4, 2, 2],
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        return day == 0
            ? "days start at 01"
            : "\(monthNames[month - 1]) \(year) has \(daysIn(month: month, year: year)) days"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
