import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a review or exam session holds the data directory, as seen from outside it.
public enum SessionLockState: Sendable, Equatable {
    case free
    /// A session holds the lock; `nil` when its lock file could not be read.
    case held(SessionHolder?)
}

/// The exclusive lock a review or exam session holds on the data directory.
///
/// `flock` on a file beside the database: the kernel releases it when the holder exits, however
/// it exits (kill -9 included), so there is never a stale lock to clear by hand. The holder's
/// pid, host and start time are written into the file for the next terminal's message.
/// Read-only commands (stats, reports) never take it: SQLite's WAL lets them read meanwhile.
final class SessionLock {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes the lock at `path` for `holder`, without waiting.
    ///
    /// - Throws: `StoreError.sessionAlreadyRunning` naming the current holder when it is taken.
    static func acquire(at path: String, holder: SessionHolder) throws(StoreError) -> SessionLock {
        // O_CLOEXEC: a child process (an editor, a pager) must not inherit and keep the lock.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, action: "open the session lock file", errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                throw .sessionAlreadyRunning(holder: SessionHolder(lockFileText: text), lockPath: path)
            }
            throw failure(path, action: "lock the session lock file", code)
        }
        let lock = SessionLock(path: path, descriptor: descriptor)
        let bytes = Array(holder.lockFileText.utf8)
        guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, bytes, bytes.count, 0) == bytes.count else {
            throw failure(path, action: "write the session lock file", errno)
        }
        return lock
    }

    /// Whether a session holds the lock at `path`, asked without holding it: a shared lock is
    /// tried and dropped at once, and the file is neither created nor written.
    ///
    /// A session starting in the same microsecond would see the probe as a running session and
    /// say so; the student simply starts it again.
    static func state(at path: String) -> SessionLockState {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .free }  // no lock file: no session ever ran here
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0 else { return .free }
        guard errno == EWOULDBLOCK else { return .free }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return .held(SessionHolder(lockFileText: text))
    }

    /// Empties the file (so no stale holder is ever shown) and releases the lock.
    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        close(descriptor)  // closing the only descriptor releases the flock
        descriptor = -1
    }

    deinit { release() }

    private static func failure(_ path: String, action: String, _ code: Int32) -> StoreError {
        if code == EACCES || code == EROFS || code == EPERM { return .readOnly(path: path) }
        return .fileOperation(path: path, action: action, reason: String(cString: strerror(code)))
    }
}
