import Foundation

/// Another program doing a scenario's work, timed in the same run as palpate and the same way
/// (a whole process, spawn to exit, output to /dev/null), so the table can give the ratio.
struct ReferenceProgram {
    /// What the table calls it, e.g. `py-fsrs`.
    var name: String
    var executable: String
    var arguments: [String]

    /// py-fsrs replaying `history` with `replay_py_fsrs.py`, or why it cannot: no `python3` on
    /// the PATH (or in `PALPATE_BENCH_PYTHON`), or one without py-fsrs (`pip install fsrs`).
    static func pyFSRSReplay(history: URL) -> Result<ReferenceProgram, BenchError> {
        let environment = ProcessInfo.processInfo.environment
        guard let python = environment["PALPATE_BENCH_PYTHON"] ?? findOnPath("python3", environment) else {
            return .failure(BenchError("no python3 on the PATH (or PALPATE_BENCH_PYTHON)"))
        }
        // The interpreter itself, as it names itself: `python3` on the PATH may be a launcher
        // (pyenv's shim is a shell script that took 55 ms a run, on py-fsrs's side of the ratio).
        let named = history.deletingLastPathComponent().appendingPathComponent("python-executable.txt").path
        let probe = try? ChildProcess.run(
            ["-c", "import fsrs, sys; print(sys.executable)"], executable: python, standardOutput: named,
            standardError: "/dev/null")
        guard probe?.exitStatus == 0 else {
            return .failure(BenchError("\(python) has no py-fsrs (pip install fsrs)"))
        }
        let interpreter = (try? String(contentsOfFile: named, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let executable = interpreter.flatMap { $0.isEmpty ? nil : $0 } ?? python
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tests/SchedulingTests/Fixtures/replay_py_fsrs.py").standardized
        return .success(
            ReferenceProgram(name: "py-fsrs", executable: executable, arguments: [script.path, history.path]))
    }

    private static func findOnPath(_ name: String, _ environment: [String: String]) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
