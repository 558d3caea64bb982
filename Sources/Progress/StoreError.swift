import CSQLite
import Foundation

/// Why the progress store could not do what was asked, phrased as advice for the student.
///
/// Every case that concerns the database file promises the same thing: the file was not
/// overwritten. The store refuses rather than repairs; repair is the student's decision.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database that fails `quick_check` or reads as malformed.
    case corrupt(path: String, problems: [String])
    /// The file was written by a newer Palpate, whose schema this version does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The file's schema version is one no Palpate writes: negative, or 0 on a file that already
    /// holds tables (changed by hand or by another program).
    case unknownVersion(path: String, found: Int)
    /// The data directory's path names a file (or something else) rather than a folder.
    case dataDirectoryNotAFolder(path: String)
    /// The database's path names a folder (or something else) rather than a file.
    case databaseNotAFile(path: String)
    /// The directory or the file cannot be written (permissions or a read-only disk).
    case readOnly(path: String)
    /// The disk (or the volume's quota) is full.
    case diskFull(path: String)
    /// The operating system refused to write (a full disk, a size limit, a failing or removed
    /// disk): SQLite reports no more than "disk I/O error", so the advice names the likely causes.
    case writeFailed(path: String, detail: String)
    /// Another program holds SQLite's write lock for longer than the busy timeout.
    case busy(path: String)
    /// A review or exam session is already running in another terminal; `holder` is `nil` when
    /// the lock file could not be read.
    case sessionAlreadyRunning(holder: SessionHolder?, lockPath: String)
    case cannotCreateDirectory(path: String, reason: String)
    /// A file operation on the store's files (moving, copying, removing) failed.
    case fileOperation(path: String, action: String, reason: String)
    case unknownSession(SessionID)
    /// A newer review of the same card exists (in another session), so undoing this one would
    /// throw that review's result away.
    case undoWouldDiscardNewerReview(cardID: String, newerReviewID: Int64)
    case invalidSetting(SettingsError)
    case noSuchBackup(path: String)
    case damagedBackup(path: String, problems: [String])
    /// Any other SQLite failure, kept whole.
    case database(DatabaseError, path: String)

    public var description: String {
        let untouched = "The file was left exactly as it was."
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a Palpate progress database (it is not an SQLite file). \(untouched) "
                + "Run 'palpate doctor' to see the backups and restore one (the file is kept aside), "
                + "move it elsewhere to start afresh, or choose another data directory with --data-dir."
        case .corrupt(let path, let problems):
            let shown = problems.prefix(3).joined(separator: "; ")
            return "\(path) is damaged (\(shown)). \(untouched) Run 'palpate doctor' to check it and "
                + "restore one of the daily backups (the damaged file is kept aside), or move it "
                + "elsewhere to start afresh."
        case .newerVersion(let path, let found, let supported):
            return "\(path) was written by a newer version of Palpate (schema version \(found); this "
                + "version understands up to \(supported)). \(untouched) Update Palpate to continue "
                + "with this progress."
        case .unknownVersion(let path, let found):
            return "\(path) says it has schema version \(found), which no version of Palpate writes "
                + "(this one reads 1 to \(Schema.migrator.latestVersion)); it was changed by hand or by another "
                + "program. \(untouched) Run 'palpate doctor' to restore one of the daily backups (the file "
                + "is kept aside); if it came from a newer Palpate, update Palpate instead."
        case .dataDirectoryNotAFolder(let path):
            return "the data directory \(path) is a file, not a folder. \(untouched) Move the file "
                + "elsewhere, or choose another data directory with --data-dir or PALPATE_HOME."
        case .databaseNotAFile(let path):
            return "\(path) is a folder, not a file: the progress database must be a file. Nothing was "
                + "changed. Move the folder elsewhere (a new database is then created), or choose another "
                + "data directory with --data-dir or PALPATE_HOME."
        case .readOnly(let path):
            return "cannot write to \(path): it is read-only (check its permissions and that the disk "
                + "is not mounted read-only), or choose another data directory with --data-dir."
        case .diskFull(let path):
            return "the disk holding \(path) is full (or will not let the file grow), so the last "
                + "change may not have been saved. Free some space and try again; everything saved "
                + "before it is intact."
        case .writeFailed(let path, let detail):
            return "could not write to \(path) (\(detail)): the disk may be full or failing, or a file "
                + "size limit was reached. The last change may not have been saved; everything saved "
                + "before it is intact. Free some space or check the disk, then try again."
        case .busy(let path):
            return "\(path) is locked by another program that is writing to it. Wait for it to "
                + "finish (or close it) and try again."
        case .sessionAlreadyRunning(let holder, let lockPath):
            guard let holder else {
                return "a session is already running (see \(lockPath)). Finish it first; statistics "
                    + "and reports still work meanwhile."
            }
            return "a session is already running (pid \(holder.pid) on \(holder.host) since "
                + "\(holder.startedForDisplay)). Finish it in its terminal first; statistics and "
                + "reports still work meanwhile."
        case .cannotCreateDirectory(let path, let reason):
            return "cannot create the data directory \(path): \(reason). Create it yourself or choose "
                + "another with --data-dir or PALPATE_HOME."
        case .fileOperation(let path, let action, let reason):
            return "could not \(action) \(path): \(reason)."
        case .unknownSession(let id):
            return "there is no session \(id.rawValue) in the progress database; start a session "
                + "before recording answers in it."
        case .undoWouldDiscardNewerReview(let cardID, let newerReviewID):
            return "cannot undo: card \(cardID) was reviewed again later (review \(newerReviewID)), "
                + "and undoing the earlier answer would throw that review away."
        case .invalidSetting(let error):
            return error.description
        case .noSuchBackup(let path):
            return "there is no backup at \(path); list the backups to see which days exist."
        case .damagedBackup(let path, let problems):
            let shown = problems.prefix(3).joined(separator: "; ")
            return "the backup \(path) is damaged (\(shown)) and was not restored; choose an "
                + "older backup."
        case .database(let error, let path):
            return "the progress database \(path) reported an error: \(error)"
        }
    }

    // SQLITE_IOERR_READ and SQLITE_IOERR_SHORT_READ: C macros Swift does not import.
    private static let ioErrorRead = SQLITE_IOERR | (1 << 8)
    private static let ioErrorShortRead = SQLITE_IOERR | (2 << 8)

    /// Sorts any failure met while working on the database at `path` into the case that gives
    /// the right advice.
    static func from(_ error: any Error, path: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as SettingsError:
            return .invalidSetting(error)
        case let error as DatabaseError:
            switch error.resultCode {
            case SQLITE_FULL: return .diskFull(path: path)
            case SQLITE_IOERR where [ENOSPC, EDQUOT].contains(error.systemErrorCode ?? 0):
                return .diskFull(path: path)
            // A write the system refused reaches SQLite as a bare "disk I/O error".
            case SQLITE_IOERR
            where error.extendedResultCode != ioErrorRead && error.extendedResultCode != ioErrorShortRead:
                return .writeFailed(path: path, detail: error.message)
            case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
            case SQLITE_READONLY: return .readOnly(path: path)
            case SQLITE_NOTADB: return .notADatabase(path: path)
            case SQLITE_CORRUPT: return .corrupt(path: path, problems: [error.message])
            default: return .database(error, path: path)
            }
        default:
            return .database(
                DatabaseError(extendedResultCode: SQLITE_ERROR, message: String(describing: error)),
                path: path)
        }
    }
}
