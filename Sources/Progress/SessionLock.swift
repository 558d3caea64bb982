import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
