import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One palpate process of the soak: scripted lines on a pipe to its standard input, its output
/// to a file, and an end chosen by the driver.
enum SoakChild {
    /// How the driver ends the child after writing its lines.
    enum Ending {
        /// Close standard input and wait for the child to finish.
        case closeInput
        /// Keep standard input open and SIGKILL the child after this many microseconds.
        case kill(afterMicroseconds: UInt32)
    }

    /// Runs `palpate-bench --run-palpate arguments…` with `input` on a pipe, and returns its
    /// exit status (128 + signal when killed).
    ///
    /// The pipe is made close-on-exec under a lock held until the spawn, so a child spawned by
    /// another thread at the same moment does not inherit its write end (and keep this child's
    /// input open). (`pipe2` is not visible from Swift's Glibc.)
    private static let spawning = NSLock()

    static func run(
        _ arguments: [String], environment: [String: String], input: String, ending: Ending,
        standardOutput: String, standardError: String
    ) throws -> Int32 {
        spawning.lock()
        var locked = true
        defer { if locked { spawning.unlock() } }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("cannot make a pipe: errno \(errno)") }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv = ([ChildProcess.executable, "--run-palpate"] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, ChildProcess.executable, &actions, nil, argv, envp)
        close(pipeEnds[0])
        spawning.unlock()
        locked = false
        guard code == 0 else {
            close(pipeEnds[1])
            throw BenchError("cannot start \(ChildProcess.executable): \(String(cString: strerror(code)))")
        }
        // A child that ends before reading everything makes the write fail (EPIPE, SIGPIPE is
        // ignored by the soak): that is one of the endings under test, not an error.
        var bytes = Array(input.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(pipeEnds[1], $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            bytes = bytes.dropFirst(written)
        }
        switch ending {
        case .closeInput:
            close(pipeEnds[1])
        case .kill(let microseconds):
            usleep(microseconds)
            kill(pid, SIGKILL)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw BenchError("waiting for child \(pid) failed: errno \(errno)") }
        }
        if case .kill = ending { close(pipeEnds[1]) }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
