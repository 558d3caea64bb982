import Foundation

extension ProgressStore {
    /// The backups beside this database.
    public var backups: BackupShelf { BackupShelf(directory: directory) }

    /// Makes today's backup unless there is one, keeping the newest seven.
    ///
    /// `open` already does this for an existing database; call it again e.g. when a session
    /// spans midnight.
    /// - Returns: the new backup, or `nil` when today already had one.
    @discardableResult
    public func makeDailyBackup(now: Date, timeZone: TimeZone) throws(StoreError) -> URL? {
        try backups.makeDailyBackup(of: database, now: now, timeZone: timeZone)
    }
}
