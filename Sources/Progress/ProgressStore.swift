import CSQLite
import Foundation
import TextFormats

/// The student's progress: a local SQLite database built to survive anything short of a lost disk.
///
/// Durability choices, and why:
/// - WAL journal: an answer is one small append, and readers (stats, reports in another
///   terminal) never block the session that writes.
/// - `synchronous=FULL`: each commit is fsynced before `recordReview` returns. `NORMAL` already
///   survives kill -9 (the WAL is in the OS cache), but may lose the last commits to a power cut
///   or OS crash — a laptop running flat mid-session is ordinary for a student. Reviews come at
///   human pace, so one fsync per answer costs nothing anyone notices.
/// - Every change is one `BEGIN IMMEDIATE` transaction: a killed process loses at most the card
///   on screen, and a failure leaves nothing half-written.
/// - Opening checks before it writes: the SQLite header and `user_version` are read first, and
///   `PRAGMA quick_check` runs on the first open of each study day (before the daily backup, which
///   reads the whole file anyway), so a damaged, foreign or newer file is reported and never
///   modified. Later opens that day rely on SQLite reporting a damaged page when it reads one;
///   `palpate doctor` runs the full `integrity_check` on demand.
///
/// A class because it owns the connection and the session lock; not thread-safe (one task).
public final class ProgressStore {
    public static let databaseFileName = "progress.sqlite"
    public static let lockFileName = "session.lock"
    /// The schema version this build writes and understands.
    public static var schemaVersion: Int { Schema.migrator.latestVersion }

    public let directory: URL
    public let databaseURL: URL
    /// True when this open created the database (first use): the CLI may say so.
    public let created: Bool
    /// The backup made while opening, when today had none yet.
    public let dailyBackup: URL?
    /// Why the daily backup failed, if it did; studying goes on, but the CLI should warn.
    public let dailyBackupFailure: StoreError?

    let database: Database
    private var lock: SessionLock?

    init(
        directory: URL, databaseURL: URL, created: Bool, dailyBackup: URL?, dailyBackupFailure: StoreError?,
        database: Database, lock: SessionLock?
    ) {
        self.directory = directory
        self.databaseURL = databaseURL
        self.created = created
        self.dailyBackup = dailyBackup
        self.dailyBackupFailure = dailyBackupFailure
        self.database = database
        self.lock = lock
    }

    /// Opens the progress database in `directory`, creating both on first use.
    ///
    /// - Parameters:
    ///   - now: the time of opening: names today's backup.
    ///   - timeZone: the student's time zone, for the backup's day.
    ///   - sessionHolder: pass it for review and exam sessions to take the session lock (held until
    ///     `close()`); read-only commands pass `nil` and can run beside a session.
    ///   - busyTimeoutMilliseconds: how long to wait for another writer before `StoreError.busy`.
    ///   - makeDailyBackup: back up an existing database once per day before touching it.
    /// - Throws: a `StoreError` for each way the file can be unusable; none of them modifies it.
    public static func open(
        directory: URL, now: Date, timeZone: TimeZone, sessionHolder: SessionHolder? = nil,
        busyTimeoutMilliseconds: Int = 5_000, makeDailyBackup: Bool = true
    ) throws(StoreError) -> ProgressStore {
        let fileManager = FileManager.default
        try StoreFileCheck.kinds(
            directory: directory, database: directory.appendingPathComponent(databaseFileName))
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateDirectory(path: directory.path, reason: reason(error))
        }
        let lock = try sessionHolder.map { holder throws(StoreError) in
            try SessionLock.acquire(at: directory.appendingPathComponent(lockFileName).path, holder: holder)
        }
        let url = directory.appendingPathComponent(databaseFileName)
        let size = FileStatus(path: url.path)?.size
        let created = (size ?? 0) == 0
        try StoreFileCheck.beforeOpening(url: url, size: size)

        let database: Database
        do {
            database = try Database(path: url.path, mode: .readWriteCreate)
            try database.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
        } catch {
            throw StoreError.from(error, path: url.path)
        }
        guard !database.isReadOnly else { throw .readOnly(path: url.path) }
        // The structural check reads the whole file, so it runs once per day, before the daily
        // backup (which reads it all anyway), not at every start: start-up must not grow with
        // the history. Later opens still meet damage as SQLite reports it on every page read.
        // An open that makes no backups (tools, tests) checks every time.
        let backupDue =
            makeDailyBackup && !BackupShelf(directory: directory).hasBackup(now: now, timeZone: timeZone)
        if !created {
            try StoreFileCheck.afterOpening(
                database, path: url.path, quickCheck: backupDue || !makeDailyBackup)
        }

        var backup: URL?
        var backupFailure: StoreError?
        if backupDue && !created {
            do {
                backup = try BackupShelf(directory: directory).makeDailyBackup(
                    of: database, now: now, timeZone: timeZone)
            } catch {
                backupFailure = error
            }
        }
        do {
            try configure(database)
            try Schema.migrator.migrate(database)
        } catch {
            throw StoreError.from(error, path: url.path)
        }
        return ProgressStore(
            directory: directory, databaseURL: url, created: created, dailyBackup: backup,
            dailyBackupFailure: backupFailure, database: database, lock: lock)
    }

    /// A fresh store that lives in memory only: for tests and dry runs.
    public static func inMemory() throws(StoreError) -> ProgressStore {
        do {
            let database = try Database(path: ":memory:")
            try configure(database)
            try Schema.migrator.migrate(database)
            let url = URL(fileURLWithPath: ":memory:")
            return ProgressStore(
                directory: url, databaseURL: url, created: true, dailyBackup: nil, dailyBackupFailure: nil,
                database: database, lock: nil)
        } catch {
            throw StoreError.from(error, path: ":memory:")
        }
    }

    private static func configure(_ database: Database) throws(DatabaseError) {
        // journal_mode answers with the mode it ended in; ":memory:" stays "memory".
        _ = try database.queryFirst("PRAGMA journal_mode = WAL") { $0.text(0) }
        try database.execute("PRAGMA synchronous = FULL")
        try database.execute("PRAGMA foreign_keys = ON")
    }

    /// Closes the database (checkpointing the WAL into the main file) and releases the session lock.
    public func close() throws(StoreError) {
        defer {
            lock?.release()
            lock = nil
        }
        do { try database.close() } catch { throw StoreError.from(error, path: databaseURL.path) }
    }

    /// A full `PRAGMA integrity_check` plus foreign-key check, for `palpate doctor`.
    public func integrityCheck() throws(StoreError) -> IntegrityReport {
        try perform { () throws(DatabaseError) in try IntegrityReport(checking: database) }
    }

    /// Runs `body`, turning any failure into the `StoreError` that gives the right advice.
    func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw StoreError.from(error, path: databaseURL.path) }
    }

    /// Runs `body` as one write transaction; nothing of it remains if it throws.
    func write<T>(_ body: () throws -> T) throws(StoreError) -> T {
        try perform { try database.transaction(body) }
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
