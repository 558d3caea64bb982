/// An SQLite file in another program's layout (an Anki collection): opened read-only and
/// immutable to import from it (queried, never changed, no lock or journal file made beside
/// it), or created new to hand to that program.
///
/// It lives here because this module owns SQLite (only it imports `CSQLite`); importers and
/// exporters use other programs' databases through it with the same checked statements as the
/// store.
public final class ForeignDatabase {
    private let database: Database

    /// Opens the file to read; a file that is not SQLite fails on the first query, with
    /// `SQLITE_NOTADB` (see `isNotADatabase`).
    public init(path: String) throws(DatabaseError) {
        database = try Database(path: path, mode: .immutable)
    }

    private init(database: Database) {
        self.database = database
    }

    /// Creates a new database file at `path` (which must not exist yet) to write.
    public static func create(path: String) throws(DatabaseError) -> ForeignDatabase {
        ForeignDatabase(database: try Database(path: path, mode: .readWriteCreate))
    }

    /// Runs statements that take no values (`CREATE TABLE …`).
    public func execute(script: String) throws(DatabaseError) {
        try database.executeScript(script)
    }

    /// Runs one statement for each row of values, all in one transaction.
    public func insert(_ sql: String, rows: some Sequence<[ForeignValue]>) throws(DatabaseError) {
        do {
            try database.transaction {
                let statement = try database.prepare(sql)
                for row in rows {
                    try statement.bind(row.map(\.sqlValue))
                    while try statement.step() {}
                }
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw DatabaseError(extendedResultCode: 1, message: "\(error)", sql: sql)
        }
    }

    /// Closes the file now, so that it is whole on disk.
    public func close() throws(DatabaseError) {
        try database.close()
    }

    /// The names of its tables.
    public func tableNames() throws(DatabaseError) -> Set<String> {
        Set(try database.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) })
    }

    /// Runs a query and hands each row to `body`, keeping none.
    public func forEachRow(_ sql: String, _ body: (ForeignRow) -> Void) throws(DatabaseError) {
        try database.forEachRow(sql) { statement in body(ForeignRow(statement: statement)) }
    }
}

/// A value to write into a `ForeignDatabase`.
public enum ForeignValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)

    var sqlValue: SQLValue {
        switch self {
        case .integer(let value): .integer(value)
        case .text(let value): .text(value)
        }
    }
}

/// One row of a `ForeignDatabase` query, valid only inside the call that hands it over.
public struct ForeignRow {
    let statement: Statement

    public func int64(_ column: Int) -> Int64 { statement.int64(Int32(column)) }
    public func text(_ column: Int) -> String { statement.text(Int32(column)) }
    public func blob(_ column: Int) -> [UInt8] { statement.blob(Int32(column)) }
    public func isNull(_ column: Int) -> Bool { statement.isNull(Int32(column)) }
}

extension DatabaseError {
    /// The file is not an SQLite database at all (SQLite's `SQLITE_NOTADB`, 26).
    public var isNotADatabase: Bool { resultCode == 26 }
}
