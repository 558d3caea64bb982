import Foundation

/// How the store writes instants: integer microseconds since 1970-01-01 UTC.
///
/// Integers sort, compare and index exactly, and range queries need no parsing. A microsecond is
/// finer than anything the scheduler or a student can notice, and a `Date` read back from the
/// store converts to the same integer again, so a stored state round-trips exactly.
enum StoredTime {
    static func microseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }

    /// `date` as the store will give it back: rounded to the microsecond.
    static func rounded(_ date: Date) -> Date { self.date(microseconds: microseconds(of: date)) }
}
