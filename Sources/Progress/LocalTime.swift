import Foundation

/// The few date texts the store writes into file names and the lock file.
///
/// Written by hand from calendar components rather than with a `DateFormatter`, whose output
/// depends on the locale of the machine.
enum LocalTime {
    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func pad(_ value: Int?, _ width: Int = 2) -> String {
        let digits = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `2024-05-01`: the calendar day of `date` in `timeZone`.
    static func day(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))"
    }

    /// `2024-05-01T10:02:11+02:00`: the local time with its offset, readable by people and parsers.
    static func iso8601(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = components(date, timeZone)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(day(date, in: timeZone))T\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))"
            + "\(sign)\(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    /// `20240501T100211Z`: a UTC stamp that sorts and is safe in file names.
    static func compactUTC(_ date: Date) -> String {
        let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
        let parts = components(date, utc)
        return "\(pad(parts.year, 4))\(pad(parts.month))\(pad(parts.day))T"
            + "\(pad(parts.hour))\(pad(parts.minute))\(pad(parts.second))Z"
    }
}
