/// One step of the schema's history: the SQL that takes the file from `version - 1` to `version`.
///
/// Migrations are never edited once released; a change to the schema is a new migration.
struct Migration: Sendable {
    let version: Int
    let summary: String
    let sql: String
}

/// Applies migrations in order, recording progress in `PRAGMA user_version`.
///
/// Each migration runs in its own transaction together with the version bump, so a failure
/// leaves the file at the last version that completed, never half-way through one.
struct Migrator: Sendable {
    let migrations: [Migration]

    /// - Precondition: versions are 1, 2, 3 … in order (checked by the tests for the real list).
    init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The version a fully migrated file carries.
    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings `database` up to `latestVersion`.
    ///
    /// - Returns: the version found before migrating.
    /// - Throws: the first failure; earlier migrations stay applied.
    @discardableResult
    func migrate(_ database: Database) throws -> Int {
        let found = try database.userVersion()
        for migration in migrations where migration.version > found {
            try database.transaction {
                // Another process may have migrated while we waited for the write lock.
                guard try database.userVersion() < migration.version else { return }
                try database.executeScript(migration.sql)
                try database.setUserVersion(migration.version)
            }
        }
        return found
    }
}
