import CSQLite
import Foundation
import TextFormats

/// What `palpate doctor` finds in a data directory, read without changing a byte.
///
/// Unlike `ProgressStore.open`, examining never writes, migrates, backs up or takes the session
/// lock: it must work on exactly the files `open` refuses (damaged, foreign, newer, read-only), and
/// beside a session running in another terminal.
public struct StoreDiagnosis: Sendable {
    public enum Health: Sendable, Equatable {
        /// No database yet (or an empty file): one is created on first use.
        case missing
        case healthy
        /// The database cannot be used as it is; the error says why and what to do.
        case unusable(StoreError)
    }

    public let directory: URL
    public let databaseURL: URL
    /// The database file's size in bytes, `nil` when there is none.
    public let fileSize: Int?
    public let health: Health
    /// `PRAGMA user_version`, when it could be read.
    public let schemaVersion: Int?
    public let cardCount: Int?
    public let reviewCount: Int?
    public let session: SessionLockState

    /// Examines the store in `directory`.
    public static func examine(directory: URL) -> StoreDiagnosis {
        let url = directory.appendingPathComponent(ProgressStore.databaseFileName)
        let size = FileStatus(path: url.path)?.size
        let session = SessionLock.state(at: directory.appendingPathComponent(ProgressStore.lockFileName).path)
        var findings = Findings()
        do {
            try StoreFileCheck.kinds(directory: directory, database: url)
            if let size, size > 0 {
                findings = examineFile(url)
            }
        } catch {
            findings.health = .unusable(error)
        }
        return StoreDiagnosis(
            directory: directory, databaseURL: url, fileSize: size, health: findings.health,
            schemaVersion: findings.version, cardCount: findings.cards, reviewCount: findings.reviews,
            session: session)
    }

    private struct Findings {
        var health = Health.missing
        var version: Int?
        var cards: Int?
        var reviews: Int?
    }

    private static func examineFile(_ url: URL) -> Findings {
        var findings = Findings()
        let path = url.path
        do {
            try StoreFileCheck.header(of: url)
        } catch {
            findings.health = .unusable(error)
            return findings
        }
        do {
            let database = try Database.openForReading(path: path)
            let version = try database.userVersion()
            findings.version = version
            try StoreFileCheck.schemaVersion(of: database, path: path)
            let report = try IntegrityReport(checking: database)
            guard report.isOK else { throw StoreError.corrupt(path: path, problems: report.problems) }
            if version > 0 {
                findings.cards = try database.scalarInt("SELECT count(*) FROM cards")
                findings.reviews = try database.scalarInt("SELECT count(*) FROM reviews")
            }
            findings.health = .healthy
        } catch {
            switch StoreError.from(error, path: path) {
            // Past a sound header, a file SQLite cannot read is damaged, not foreign.
            case .notADatabase:
                findings.health = .unusable(.corrupt(path: path, problems: ["the file is malformed"]))
            case let problem:
                findings.health = .unusable(problem)
            }
        }
        return findings
    }
}

extension Database {
    /// Opens a database for reading without creating a file beside it.
    ///
    /// Without a `-wal` file the database file holds everything (it was closed cleanly), so it
    /// is read as immutable: SQLite then takes no locks and creates no `-wal` or `-shm` file. With
    /// one (a session is running, or one was killed), the log must be read too; that needs the
    /// shared-memory file, and when the folder forbids creating it the file alone is read.
    static func openForReading(path: String) throws(DatabaseError) -> Database {
        guard FileManager.default.fileExists(atPath: path + "-wal") else {
            return try Database(path: path, mode: .immutable)
        }
        let database = try Database(path: path, mode: .readOnly)
        do {
            _ = try database.userVersion()
            return database
        } catch  where error.resultCode == SQLITE_CANTOPEN || error.resultCode == SQLITE_READONLY {
            try? database.close()
            return try Database(path: path, mode: .immutable)
        }
    }
}
