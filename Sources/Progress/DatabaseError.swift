import CSQLite
import Foundation

/// A failure reported by SQLite, kept whole so the reader can tell what went wrong and where.
///
/// Like GRDB's `DatabaseError`, it carries the primary and extended result codes, SQLite's own
/// message (`sqlite3_errmsg`) and the SQL that was running.
public struct DatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The primary result code (`SQLITE_FULL`, `SQLITE_BUSY`, …): what kind of failure.
    public let resultCode: Int32
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, …): the precise failure.
    public let extendedResultCode: Int32
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?
    /// The operating system's `errno` behind an I/O failure (`ENOSPC`, `EFBIG`, `EACCES`…), when
    /// SQLite reports one: its own code says only "disk I/O error".
    public let systemErrorCode: Int32?

    public init(extendedResultCode: Int32, message: String, sql: String? = nil, systemErrorCode: Int32? = nil)
    {
        self.resultCode = extendedResultCode & 0xFF
        self.extendedResultCode = extendedResultCode
        self.message = message
        self.sql = sql
        self.systemErrorCode = systemErrorCode
    }

    /// The last error of a connection, read right after the failing call.
    init(connection: OpaquePointer?, resultCode: Int32, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? resultCode
        // The connection's error may be stale when the failing call does not set it (a backup
        // step, a finalize): trust the code we were given when the two disagree.
        let fresh = (extended & 0xFF) == (resultCode & 0xFF)
        let message =
            fresh
            ? connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            : nil
        let systemCode = fresh ? connection.map { sqlite3_system_errno($0) } : nil
        self.init(
            extendedResultCode: fresh ? extended : resultCode,
            message: message ?? String(cString: sqlite3_errstr(resultCode)), sql: sql,
            systemErrorCode: systemCode.flatMap { $0 == 0 ? nil : $0 })
    }

    public var description: String {
        var text = "SQLite error \(resultCode)"
        if extendedResultCode != resultCode { text += " (extended \(extendedResultCode))" }
        text += ": \(message)"
        if let systemErrorCode { text += " (\(String(cString: strerror(systemErrorCode))))" }
        if let sql { text += " while running `\(sql)`" }
        return text
    }
}

extension DatabaseError {
    /// The file is not an SQLite database at all (SQLite's `SQLITE_NOTADB`, 26): an importer's
    /// way to tell "not a collection" from "a damaged one".
    public var isNotADatabase: Bool { resultCode == 26 }
}
