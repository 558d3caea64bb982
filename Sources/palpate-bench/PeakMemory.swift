import Foundation

/// This process's peak resident memory, as the kernel keeps it (`VmHWM` in /proc/self/status).
///
/// Read by each child itself: `ru_maxrss` from `wait4` is no good here, because Linux carries
/// the spawning process's high-water mark across `exec` into the child's figure.
enum PeakMemory {
    /// The environment variable naming the file a `--run-palpate` child writes its peak to.
    static let fileVariable = "PALPATE_BENCH_PEAK_FILE"

    /// Read with plain system calls into a buffer on the stack: a `--run-palpate` child is the
    /// palpate process being timed, and Foundation's file reading and writing (with the type
    /// lookups of their first use in the process) added 0.45 ms to each of its runs.
    static func kilobytes() -> Int {
        let descriptor = open("/proc/self/status", O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8_192) { buffer in
            var count = 0
            while count < buffer.count {
                let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read <= 0 { break }
                count += read
            }
            return kilobytes(inStatus: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The figure on the `VmHWM:` line of a `/proc/PID/status` text; 0 without one.
    static func kilobytes(inStatus status: UnsafeBufferPointer<UInt8>) -> Int {
        let key = Array("VmHWM:".utf8)
        var lineStart = 0
        while lineStart < status.count {
            let lineEnd = status[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? status.count
            if status[lineStart..<lineEnd].starts(with: key) {
                // `VmHWM:\t   25140 kB`: the first run of digits.
                let digits = status[(lineStart + key.count)..<lineEnd]
                    .drop { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                    .prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            }
            lineStart = lineEnd + 1
        }
        return 0
    }

    /// Writes the peak to the file named by `fileVariable`, when set (with system calls, as
    /// `kilobytes()` reads).
    static func report() {
        guard let path = getenv(fileVariable) else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let text = Array(String(kilobytes()).utf8)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    static func read(_ path: String) throws -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let kilobytes = Int(text) else {
            throw BenchError("the child left no peak memory in \(path)")
        }
        return kilobytes
    }
}
