import CSQLite

extension Database {
    /// Copies this database into `destination` with SQLite's online backup API.
    ///
    /// The copy is one consistent snapshot even while other connections read or write, which a
    /// plain file copy of a WAL database is not.
    func backup(into destination: Database) throws(DatabaseError) {
        try ensureOpen()
        try destination.ensureOpen()
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw DatabaseError(
                connection: destination.handle, resultCode: sqlite3_errcode(destination.handle), sql: nil)
        }
        var code: Int32
        var busyRetries = 0
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                busyRetries += 1
                sqlite3_sleep(20)
            }
        } while code == SQLITE_OK || ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && busyRetries < 250)
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else {
            throw DatabaseError(connection: nil, resultCode: code, sql: nil)
        }
        try destination.check(finish)
    }
}
