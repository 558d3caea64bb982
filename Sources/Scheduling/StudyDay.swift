import Foundation

/// One study day: from the day-start hour on its local date to the same hour the next day.
///
/// Usually 24 hours long, 23 or 25 when daylight-saving time starts or ends in between.
public struct StudyDay: Sendable, Hashable {
    public let start: Date
    /// The start of the next study day, not part of this one.
    public let end: Date
    /// The local calendar date the day starts on, which names it.
    public let year: Int
    public let month: Int
    public let day: Int

    public init(start: Date, end: Date, year: Int, month: Int, day: Int) {
        self.start = start
        self.end = end
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`: a key for "done today" counts.
    public var label: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var length: TimeInterval { end.timeIntervalSince(start) }

    public func contains(_ date: Date) -> Bool { start <= date && date < end }
}
