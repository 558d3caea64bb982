/// An SQLite file Palpate did not make (an Anki collection), opened read-only and immutable:
/// queried, never changed, no lock or journal file made beside it.
///
/// It lives here because this module owns SQLite (only it imports `CSQLite`); importers read
/// other programs' databases through it with the same checked statements as the store.
public final class ForeignDatabase {
    private let database: Database

    /// Opens the file; a file that is not SQLite fails on the first query, with
    /// `SQLITE_NOTADB` (see `isNotADatabase`).
    public init(path: String) throws(DatabaseError) {
        database = try Database(path: path, mode: .immutable)
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
