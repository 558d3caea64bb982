import Foundation

/// A value bound to a statement parameter, in SQLite's five storage classes.
///
/// Integers are always 64-bit: nothing is narrowed at the C boundary.
package enum SQLValue: Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Int64?) { self = value.map { .integer($0) } ?? .null }
    init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    init(_ value: Bool?) { self = value.map { .integer($0 ? 1 : 0) } ?? .null }
    /// Dates are stored as integer microseconds since 1970 (see `StoredTime`).
    init(_ value: Date?) { self = value.map { .integer(StoredTime.microseconds(of: $0)) } ?? .null }
}
