import CSQLite
import Foundation
import Scheduling

/// A prepared statement, bound and stepped the careful way and finalized when it goes away.
///
/// The habits come from GRDB's `Statement`: 64-bit integer binds, text and blobs bound with
/// `SQLITE_TRANSIENT` (SQLite copies them, so Swift's buffers may move), the argument count
/// checked, and `sqlite3_finalize` in `deinit` so no path leaks a statement.
package final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// Kept so the connection outlives every statement prepared on it.
    private let database: Database

    init(database: Database, sql: String) throws(DatabaseError) {
        var handle: OpaquePointer?
        // The tail points into the C string, so it is read while that string surely exists: a
        // pointer passed implicitly is valid only during the call.
        let (code, hasMore) = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &handle, &tail)
            return (code, tail.map { !String(cString: $0).allSatisfy(\.isWhitespace) } ?? false)
        }
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw DatabaseError(connection: database.handle, resultCode: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
        // A second statement in the text would be silently ignored: refuse it instead.
        if hasMore {
            throw DatabaseError(
                extendedResultCode: SQLITE_MISUSE, message: "more than one statement in a single prepare",
                sql: sql)
        }
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to its parameters, in order.
    package func bind(_ values: [SQLValue]) throws(DatabaseError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw DatabaseError(
                extendedResultCode: SQLITE_RANGE,
                message: "the statement takes \(expected) arguments, \(values.count) were given", sql: sql)
        }
        // SQLITE_TRANSIENT is a C macro Swift cannot import: the destructor "pointer" -1.
        let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let integer):
                code = sqlite3_bind_int64(handle, index, integer)
            case .real(let real):
                code = sqlite3_bind_double(handle, index, real)
            case .text(let text):
                // An explicit byte length keeps text with embedded NULs whole.
                let length = UInt64(text.utf8.count)
                code = text.withCString {
                    sqlite3_bind_text64(handle, index, $0, length, transient, UInt8(SQLITE_UTF8))
                }
            case .blob(let bytes):
                // An empty buffer has no base address, which SQLite would bind as NULL.
                code =
                    bytes.isEmpty
                    ? sqlite3_bind_zeroblob(handle, index, 0)
                    : bytes.withUnsafeBytes {
                        sqlite3_bind_blob64(handle, index, $0.baseAddress, UInt64($0.count), transient)
                    }
            }
            try database.check(code, sql: sql)
        }
    }

    /// Advances to the next row.
    ///
    /// - Returns: `true` when a row is ready to read, `false` when the statement is done.
    package func step() throws(DatabaseError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw DatabaseError(connection: database.handle, resultCode: code, sql: sql)
        }
    }

    // MARK: Column reads (0-based, as in SQLite)

    package func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    package func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    package func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    package func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column's text as UTF-8 bytes, valid only inside `body`: for comparing stored names
    /// without making a `String` of each.
    func withTextBytes<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = sqlite3_column_text(handle, column)
        return body(
            UnsafeBufferPointer(
                start: bytes, count: bytes == nil ? 0 : Int(sqlite3_column_bytes(handle, column))))
    }

    package func blob(_ column: Int32) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    func date(_ column: Int32) -> Date { StoredTime.date(microseconds: int64(column)) }

    /// A stored moment as it is kept, in whole microseconds: no trip through `Date`'s `Double`.
    func instant(_ column: Int32) -> Instant { Instant(microsecondsSince1970: int64(column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }

    func optionalBool(_ column: Int32) -> Bool? { isNull(column) ? nil : bool(column) }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    func optionalDate(_ column: Int32) -> Date? { isNull(column) ? nil : date(column) }

    func optionalInstant(_ column: Int32) -> Instant? { isNull(column) ? nil : instant(column) }

    /// The error for a stored value the store's own constraints should have made impossible.
    func unexpected(_ column: Int32, _ value: String) -> DatabaseError {
        let name = sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "#\(column)"
        return DatabaseError(
            extendedResultCode: SQLITE_MISMATCH, message: "unexpected value '\(value)' in column \(name)",
            sql: sql)
    }
}
