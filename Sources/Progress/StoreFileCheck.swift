import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The checks `ProgressStore.open` makes before it writes a single byte.
///
/// Each failure is reported as its own `StoreError`, and the file is never modified: repairing
/// or replacing a student's progress is a decision for the student, not for the program.
enum StoreFileCheck {
    /// Every SQLite 3 database starts with these 16 bytes.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Checks what can be checked without SQLite: the header, and that we may write.
    ///
    /// - Parameter size: the file's size, `nil` when it does not exist.
    static func beforeOpening(url: URL, size: Int?) throws(StoreError) {
        let directory = url.deletingLastPathComponent().path
        // SQLite needs to create the -wal and -shm files beside the database.
        guard access(directory, W_OK) == 0 else { throw .readOnly(path: directory) }
        guard let size, size > 0 else { return }
        guard access(url.path, R_OK | W_OK) == 0 else { throw .readOnly(path: url.path) }
        try header(of: url)
    }

    /// Where the data directory and database should be, checked for what they are: a folder
    /// and a file (or nothing yet). A file in the folder's place, or a folder in the file's,
    /// would otherwise surface as a bare system error.
    static func kinds(directory: URL, database: URL) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), !isFolder.boolValue
        {
            throw .dataDirectoryNotAFolder(path: directory.path)
        }
        var info = stat()
        if stat(database.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw .databaseNotAFile(path: database.path)
        }
    }

    /// The file's schema version, refused when this Palpate cannot use it: newer than it knows,
    /// negative, or 0 (an empty database) on a file that holds tables, where migrating from the
    /// start would fail on "table already exists".
    /// - Returns: the version found.
    @discardableResult
    static func schemaVersion(of database: Database, path: String) throws -> Int {
        let found = try database.userVersion()
        let supported = Schema.migrator.latestVersion
        guard found <= supported else {
            throw StoreError.newerVersion(path: path, found: found, supported: supported)
        }
        guard found >= 0 else { throw StoreError.unknownVersion(path: path, found: found) }
        if found == 0, try database.scalarInt("SELECT count(*) FROM sqlite_master") > 0 {
            throw StoreError.unknownVersion(path: path, found: found)
        }
        return found
    }

    /// Checks that the file starts as every SQLite 3 database does.
    static func header(of url: URL) throws(StoreError) {
        let header: Data?
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count)
        } catch {
            throw .fileOperation(path: url.path, action: "read", reason: ProgressStore.reason(error))
        }
        guard let header, Array(header) == sqliteHeader else { throw .notADatabase(path: url.path) }
    }

    /// Checks an existing file through SQLite, reading only: its schema version, then with
    /// `quickCheck` `PRAGMA quick_check` (the structural half of `integrity_check`; it reads
    /// every page, so `ProgressStore.open` asks for it once a day, before the daily backup).
    static func afterOpening(_ database: Database, path: String, quickCheck: Bool = true) throws(StoreError) {
        let problems: [String]
        do {
            try schemaVersion(of: database, path: path)
            problems = quickCheck ? try database.query("PRAGMA quick_check") { $0.text(0) } : ["ok"]
        } catch {
            switch StoreError.from(error, path: path) {
            // A file SQLite cannot read at all past its header is damaged, not foreign.
            case .notADatabase: throw .corrupt(path: path, problems: ["the file is malformed"])
            case let other: throw other
            }
        }
        guard problems == ["ok"] else { throw .corrupt(path: path, problems: problems) }
    }
}
