import CSQLite

extension Database {
    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if anything throws.
    ///
    /// IMMEDIATE takes the write lock up front, so a busy database fails at `BEGIN` (after the
    /// busy timeout) rather than halfway through the body. When the body or `COMMIT` fails the
    /// transaction is rolled back and the *first* error is rethrown: a failing rollback never
    /// hides the reason the transaction failed.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            // SQLite rolls some failures back by itself (SQLITE_FULL, SQLITE_IOERR …).
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }
}
