import Foundation

/// This process's peak resident memory, as the kernel keeps it (`VmHWM` in /proc/self/status).
///
/// Read by each child itself: `ru_maxrss` from `wait4` is no good here, because Linux carries
/// the spawning process's high-water mark across `exec` into the child's figure.
enum PeakMemory {
    /// The environment variable naming the file a `--run-palpate` child writes its peak to.
    static let fileVariable = "PALPATE_BENCH_PEAK_FILE"

    static func kilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Writes the peak to the file named by `fileVariable`, when set.
    static func report() {
        guard let path = ProcessInfo.processInfo.environment[fileVariable] else { return }
        try? Data(String(kilobytes()).utf8).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) throws -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let kilobytes = Int(text) else {
            throw BenchError("the child left no peak memory in \(path)")
        }
        return kilobytes
    }
}
