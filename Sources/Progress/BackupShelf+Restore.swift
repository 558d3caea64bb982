import Foundation

extension BackupShelf {
    /// What the database moved aside by a restore was, which its new name says.
    public enum SetAside: String, Sendable {
        /// It could not be used (damaged, foreign, an unknown version).
        case damaged
        /// It was sound; the student chose a backup over it.
        case replaced
    }

    /// Puts `backup` in place of the current database, keeping the current one aside.
    ///
    /// The backup is verified first (a damaged backup is refused). The current database, with
    /// its `-wal` and `-shm` files, is moved — never deleted — to
    /// `progress.sqlite.<why>-<UTC time>`, so nothing the student had is lost. Takes the session
    /// lock, so it refuses while a session runs; close any open store before calling it.
    /// - Parameter setAside: what the current file is, which names it: `.damaged` when it could
    ///   not be used, `.replaced` when it was sound and the student chose an older state.
    /// - Returns: where the previous database was moved, or `nil` when there was none.
    @discardableResult
    public func restore(_ backup: Backup, now: Date, holder: SessionHolder, setAside: SetAside)
        throws(StoreError) -> URL?
    {
        let lock = try SessionLock.acquire(
            at: directory.appendingPathComponent(ProgressStore.lockFileName).path, holder: holder)
        defer { lock.release() }
        let report = try verify(backup)
        guard report.isOK else { throw .damagedBackup(path: backup.url.path, problems: report.problems) }

        let fileManager = FileManager.default
        let incoming = databaseURL.appendingPathExtension("restoring")
        try? fileManager.removeItem(at: incoming)
        try fileOperation("copy", backup.url) { try fileManager.copyItem(at: backup.url, to: incoming) }

        let aside = uniqueAsideURL(now: now, setAside: setAside)
        var movedAside = false
        // A -wal without its database must move too: SQLite would replay it into the restored file.
        for suffix in ["", "-wal", "-shm"] {
            let source = URL(fileURLWithPath: databaseURL.path + suffix)
            guard fileManager.fileExists(atPath: source.path) else { continue }
            let destination = URL(fileURLWithPath: aside.path + suffix)
            try fileOperation("move aside", source) { try fileManager.moveItem(at: source, to: destination) }
            movedAside = movedAside || suffix.isEmpty
        }
        try fileOperation("put in place", incoming) {
            try fileManager.moveItem(at: incoming, to: databaseURL)
        }
        return movedAside ? aside : nil
    }

    /// `progress.sqlite.damaged-20240501T100211Z` (or `.replaced-…`), with `-2`, `-3` … if that
    /// name is taken.
    private func uniqueAsideURL(now: Date, setAside: SetAside) -> URL {
        let base = databaseURL.path + ".\(setAside.rawValue)-" + LocalTime.compactUTC(now)
        var candidate = base
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        return URL(fileURLWithPath: candidate)
    }

    private func fileOperation(_ action: String, _ url: URL, _ body: () throws -> Void) throws(StoreError) {
        do { try body() } catch {
            throw .fileOperation(path: url.path, action: action, reason: ProgressStore.reason(error))
        }
    }
}
