import Foundation

/// A point in time counted in whole microseconds since 1970-01-01T00:00:00Z.
///
/// py-fsrs schedules with Python `datetime`, which has microsecond resolution and exact integer
/// arithmetic; `Date` is a floating-point count of seconds. Scheduling in `Instant`s reproduces
/// py-fsrs's due times to the microsecond. Converting to and from `Date` is exact for dates
/// between about 1865 and 2137, where a `Date` still resolves half a microsecond.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var microsecondsSince1970: Int64

    public static let microsecondsPerSecond: Int64 = 1_000_000
    public static let microsecondsPerDay: Int64 = 86_400_000_000
    /// Seconds from 1970 to 2001-01-01, the reference date of `Date`.
    private static let referenceDateOffset: Int64 = 978_307_200

    public init(microsecondsSince1970: Int64) {
        self.microsecondsSince1970 = microsecondsSince1970
    }

    /// The instant nearest to `date`, to the microsecond.
    public init(_ date: Date) {
        let interval = date.timeIntervalSinceReferenceDate
        let seconds = interval.rounded(.down)
        // `interval - seconds` is exact, so only the microsecond rounding can move the value.
        let micros = ((interval - seconds) * 1e6).rounded()
        microsecondsSince1970 =
            (Int64(seconds) + Self.referenceDateOffset) * Self.microsecondsPerSecond + Int64(micros)
    }

    public var date: Date {
        let (seconds, micros) = Self.floorDivide(microsecondsSince1970, Self.microsecondsPerSecond)
        return Date(
            timeIntervalSinceReferenceDate: Double(seconds - Self.referenceDateOffset) + Double(micros) / 1e6)
    }

    /// Whole days from `earlier` to `self`, rounded down like Python's `timedelta.days`.
    public func days(since earlier: Instant) -> Int64 {
        Self.floorDivide(microsecondsSince1970 - earlier.microsecondsSince1970, Self.microsecondsPerDay)
            .quotient
    }

    public func adding(microseconds: Int64) -> Instant {
        Instant(microsecondsSince1970: microsecondsSince1970 + microseconds)
    }

    public func adding(days: Int) -> Instant {
        adding(microseconds: Int64(days) * Self.microsecondsPerDay)
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.microsecondsSince1970 < rhs.microsecondsSince1970
    }

    public var description: String { ISOTimestamp.format(self, fractionalSeconds: true) }

    /// Division rounding towards minus infinity, with a remainder that is never negative.
    public static func floorDivide(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
