import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of a child process: how long it took and how it ended.
struct ChildRun {
    var milliseconds: Double
    var exitStatus: Int32
}

/// Spawns this executable again and waits for it, with `posix_spawn` and `waitpid`.
///
/// Timing spans spawn to exit, as a person waiting at the prompt sees it. (The child reports its
/// own peak memory: see `PeakMemory`.)
enum ChildProcess {
    /// This executable's path, to re-run it as palpate or as a measuring child.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }

    /// Runs `executable arguments…` (this executable unless another is named) with `environment`
    /// added to this process's, standard input from /dev/null, standard output and error to the
    /// given files.
    static func run(
        _ arguments: [String], executable: String = executable, environment: [String: String] = [:],
        standardOutput: String = "/dev/null", standardError: String
    ) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard code == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw BenchError("waiting for child \(pid) failed: errno \(errno)") }
        }
        let elapsed = start.duration(to: clock.now)
        let milliseconds =
            Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(milliseconds: milliseconds, exitStatus: exitStatus)
    }
}
