import CSQLite
import Foundation

/// One SQLite connection. Every C call's result goes through `check`, so no failure goes unseen.
///
/// `package`, not `public`: the other modules of Palpate that must write a SQLite file of their own
/// (Interchange's Anki collections) use this wrapper rather than import CSQLite, and nothing
/// outside the package sees it.
///
/// A class because it owns a C handle: the connection closes in `deinit` (or earlier with
/// `close()`). Not thread-safe by design: one connection belongs to one task at a time.
package final class Database {
    /// How to open the file.
    package enum Mode {
        case readWriteCreate
        case readOnly
        /// Read-only, and promised to change under nobody: SQLite takes no locks and needs no
        /// shared-memory file, so a store in a folder that cannot be written can still be read.
        case immutable

        var flags: Int32 {
            switch self {
            case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readOnly: SQLITE_OPEN_READONLY
            case .immutable: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            }
        }

        /// The name to give SQLite: the path itself, or a `file:` URI carrying `immutable=1`.
        func filename(for path: String) -> String {
            guard self == .immutable else { return path }
            // Characters that a URI would read as its own syntax are percent-encoded.
            let encoded = path.unicodeScalars.map { scalar -> String in
                scalar == "%" || scalar == "?" || scalar == "#"
                    ? "%" + String(scalar.value, radix: 16) : String(scalar)
            }.joined()
            return "file:\(encoded)?immutable=1"
        }
    }

    let handle: OpaquePointer
    /// The file path, or `:memory:`.
    let path: String
    private var isClosed = false

    /// Opens (or with `.readWriteCreate` creates) the database at `path`.
    ///
    /// Opening reads nothing yet: a file that is not a database fails on the first statement.
    package init(path: String, mode: Mode = .readWriteCreate) throws(DatabaseError) {
        var handle: OpaquePointer?
        // SQLITE_OPEN_NOFOLLOW is deliberately absent: a symlinked data directory is fine.
        // NOMUTEX: a connection belongs to one `Database`, which is not `Sendable`, so the compiler
        // keeps it to one thread at a time; SQLite's own mutex cost a lock per column read.
        let code = sqlite3_open_v2(mode.filename(for: path), &handle, mode.flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(connection: handle, resultCode: code, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
        self.path = path
    }

    deinit {
        if !isClosed { sqlite3_close_v2(handle) }
    }

    /// Closes the connection now (the last close of a WAL database checkpoints and removes the WAL).
    package func close() throws(DatabaseError) {
        guard !isClosed else { return }
        isClosed = true
        try check(sqlite3_close_v2(handle))
    }

    /// Throws the connection's error unless `code` reports success.
    func check(_ code: Int32, sql: String? = nil) throws(DatabaseError) {
        switch code {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE: return
        default: throw DatabaseError(connection: handle, resultCode: code, sql: sql)
        }
    }

    package func prepare(_ sql: String) throws(DatabaseError) -> Statement {
        try ensureOpen()
        return try Statement(database: self, sql: sql)
    }

    /// Refuses to touch the handle after `close()`: SQLite may already have freed it.
    func ensureOpen() throws(DatabaseError) {
        guard isClosed else { return }
        throw DatabaseError(extendedResultCode: SQLITE_MISUSE, message: "the database connection is closed")
    }

    /// Runs one statement to completion, discarding any rows.
    package func execute(_ sql: String, _ arguments: [SQLValue] = []) throws(DatabaseError) {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// Runs a script of several statements without arguments (schema migrations).
    package func executeScript(_ sql: String) throws(DatabaseError) {
        try ensureOpen()
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            throw DatabaseError(
                extendedResultCode: sqlite3_extended_errcode(handle),
                message: message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code)),
                sql: sql)
        }
    }

    /// Runs a query and hands each row to `body`, keeping none of them.
    package func forEachRow(
        _ sql: String, _ arguments: [SQLValue] = [], _ body: (Statement) throws(DatabaseError) -> Void
    ) throws(DatabaseError) {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() { try body(statement) }
    }

    /// Runs a query and maps every row.
    package func query<T>(
        _ sql: String, _ arguments: [SQLValue] = [], row: (Statement) throws(DatabaseError) -> T
    ) throws(DatabaseError) -> [T] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var rows: [T] = []
        while try statement.step() { rows.append(try row(statement)) }
        return rows
    }

    /// Runs a query and maps its first row, if any.
    func queryFirst<T>(
        _ sql: String, _ arguments: [SQLValue] = [], row: (Statement) throws(DatabaseError) -> T
    ) throws(DatabaseError) -> T? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? try row(statement) : nil
    }

    /// The first column of the first row as an integer (counts, pragmas); 0 when there is no row.
    package func scalarInt(_ sql: String, _ arguments: [SQLValue] = []) throws(DatabaseError) -> Int {
        try queryFirst(sql, arguments) { $0.int(0) } ?? 0
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// True when SQLite opened the file read-only, e.g. because its permissions forbid writing.
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The schema version the store keeps in the file header (`PRAGMA user_version`).
    func userVersion() throws(DatabaseError) -> Int { try scalarInt("PRAGMA user_version") }

    func setUserVersion(_ version: Int) throws(DatabaseError) {
        // PRAGMA takes no bound parameters; the value is an Int, so interpolation is safe.
        try execute("PRAGMA user_version = \(version)")
    }

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    func setBusyTimeout(milliseconds: Int) throws(DatabaseError) {
        try check(sqlite3_busy_timeout(handle, Int32(clamping: milliseconds)))
    }
}
