import Foundation

/// The stretch of time a query reads: from an instant (or from the beginning) until before an
/// instant (or with no end).
///
/// An open end is "no bound", never a far-off date: `Date.distantFuture` is 4001-01-01, and
/// reviews after it vanished from reports and history while the store held them (issue 15).
public struct TimeSpan: Sendable, Equatable {
    /// The first instant included; `nil` for no lower bound.
    public var from: Date?
    /// The first instant excluded; `nil` for no upper bound.
    public var before: Date?

    public init(from: Date? = nil, before: Date? = nil) {
        self.from = from
        self.before = before
    }

    /// `range.lowerBound` up to (not including) `range.upperBound`.
    public init(_ range: Range<Date>) {
        self.init(from: range.lowerBound, before: range.upperBound)
    }

    /// All of time.
    public static let all = TimeSpan()

    /// The bounds in the store's microseconds. An open end is the extreme of the integer, which
    /// no stored instant reaches (they come from `Date`s a `Double` of seconds can hold), so
    /// `column >= lower AND column < upper` then holds for every row.
    var storedBounds: (lower: Int64, upper: Int64) {
        (
            from.map(StoredTime.microseconds(of:)) ?? .min,
            before.map(StoredTime.microseconds(of:)) ?? .max
        )
    }

    /// The two values bound to `column >= ? AND column < ?`.
    var sqlValues: [SQLValue] {
        let (lower, upper) = storedBounds
        return [.integer(lower), .integer(upper)]
    }
}
