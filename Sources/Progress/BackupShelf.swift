import Foundation

/// One daily backup file.
public struct Backup: Sendable, Equatable {
    public let url: URL
    /// The day it was taken, `YYYY-MM-DD`, from its file name.
    public let day: String
}

/// The `backups` folder beside the database: daily copies, the last seven kept, and restore.
///
/// Works on files alone, without opening the live database, because the time a student needs
/// a backup is exactly when that database will not open.
public struct BackupShelf: Sendable {
    public static let keptBackups = 7
    public static let folderName = "backups"

    /// The data directory (the folder holding `progress.sqlite`).
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    public var folder: URL { directory.appendingPathComponent(Self.folderName) }

    var databaseURL: URL { directory.appendingPathComponent(ProgressStore.databaseFileName) }

    func url(forDay day: String) -> URL { folder.appendingPathComponent("progress-\(day).sqlite") }

    /// The backups on the shelf, newest first.
    public func list() throws(StoreError) -> [Backup] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            if !FileManager.default.fileExists(atPath: folder.path) { return [] }
            throw .fileOperation(path: folder.path, action: "list", reason: ProgressStore.reason(error))
        }
        return names.compactMap { name -> Backup? in
            guard name.hasPrefix("progress-"), name.hasSuffix(".sqlite") else { return nil }
            let day = String(name.dropFirst("progress-".count).dropLast(".sqlite".count))
            guard Self.isDay(day) else { return nil }
            return Backup(url: folder.appendingPathComponent(name), day: day)
        }.sorted { $0.day > $1.day }
    }

    /// True when today (in `timeZone`) already has its backup.
    func hasBackup(now: Date, timeZone: TimeZone) -> Bool {
        FileManager.default.fileExists(atPath: url(forDay: LocalTime.day(now, in: timeZone)).path)
    }

    /// Copies `database` to today's backup unless there is one, then keeps only the newest seven.
    ///
    /// The copy is written under a temporary name and renamed into place, so a backup killed
    /// half-way never looks like a good one.
    /// - Returns: the new backup, or `nil` when today already had one.
    func makeDailyBackup(of database: Database, now: Date, timeZone: TimeZone) throws(StoreError) -> URL? {
        let target = url(forDay: LocalTime.day(now, in: timeZone))
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: target.path) { return nil }
        let partial = target.appendingPathExtension("partial")
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            removeUnfinishedCopies()
        } catch {
            throw .fileOperation(path: folder.path, action: "create", reason: ProgressStore.reason(error))
        }
        do {
            let copy = try Database(path: partial.path)
            try database.backup(into: copy)
            // A backup is a single self-contained file: no -wal beside it.
            _ = try copy.queryFirst("PRAGMA journal_mode = DELETE") { $0.text(0) }
            try copy.close()
        } catch {
            try? fileManager.removeItem(at: partial)
            throw StoreError.from(error, path: target.path)
        }
        do {
            try fileManager.moveItem(at: partial, to: target)
        } catch {
            throw .fileOperation(path: target.path, action: "create", reason: ProgressStore.reason(error))
        }
        try rotate()
        return target
    }

    /// Removes what earlier backups killed half-way left behind (`progress-DAY.sqlite.partial` and
    /// its `-journal`, `-wal` or `-shm`), whatever their day: nothing else ever would, and a class
    /// soak found a student's `backups/` holding 17 of them. Only called while a backup is being
    /// made, which happens under the session lock, so none of them is still being written.
    func removeUnfinishedCopies() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("progress-") {
            let isPartial = [".partial", ".partial-journal", ".partial-wal", ".partial-shm"].contains {
                name.hasSuffix(".sqlite" + $0)
            }
            if isPartial { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    /// Removes all but the newest `keptBackups` backups.
    func rotate() throws(StoreError) {
        for backup in try list().dropFirst(Self.keptBackups) {
            do {
                try FileManager.default.removeItem(at: backup.url)
            } catch {
                throw .fileOperation(
                    path: backup.url.path, action: "remove", reason: ProgressStore.reason(error))
            }
        }
    }

    /// Runs a full integrity check on a backup, opening it read-only.
    public func verify(_ backup: Backup) throws(StoreError) -> IntegrityReport {
        guard FileManager.default.fileExists(atPath: backup.url.path) else {
            throw .noSuchBackup(path: backup.url.path)
        }
        do {
            let database = try Database(path: backup.url.path, mode: .readOnly)
            let found = try database.userVersion()
            guard found <= Schema.migrator.latestVersion else {
                throw StoreError.newerVersion(
                    path: backup.url.path, found: found, supported: Schema.migrator.latestVersion)
            }
            return try IntegrityReport(checking: database)
        } catch {
            switch StoreError.from(error, path: backup.url.path) {
            case .corrupt(_, let problems): return IntegrityReport(problems: problems)
            case .notADatabase: return IntegrityReport(problems: ["not an SQLite database"])
            case let other: throw other
            }
        }
    }

    static func isDay(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.count == 10 && characters[4] == "-" && characters[7] == "-"
            && characters.enumerated().allSatisfy {
                $0.offset == 4 || $0.offset == 7 || $0.element.isASCII && $0.element.isNumber
            }
    }
}
