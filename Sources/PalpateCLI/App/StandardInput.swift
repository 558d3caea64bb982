import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines from the process's standard input; `nil` at end of input (Ctrl-D or a closed pipe) or
/// after Ctrl-C.
///
/// Reads the descriptor itself rather than through `Swift.readLine`, which retries a read that
/// Ctrl-C interrupted and so would never let the session see the interrupt. Bytes that are not
/// UTF-8 become U+FFFD (the prompt then asks again), a line may end in `\n` or `\r\n`, and a
/// line with no end in sight is handed over in pieces of `maximumLineBytes` rather than held
/// whole in memory.
public final class StandardInput: LineInput {
    public static let maximumLineBytes = 1 << 20

    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var reachedEnd = false

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    public func readLine() -> String? {
        while true {
            if wasInterrupted { return nil }
            if let newline = pending.firstIndex(of: 0x0A) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if pending.count >= Self.maximumLineBytes || (reachedEnd && !pending.isEmpty) {
                let piece = Array(pending.prefix(Self.maximumLineBytes))
                pending.removeFirst(piece.count)
                return String(decoding: piece, as: UTF8.self)
            }
            if reachedEnd { return nil }
            var chunk = [UInt8](repeating: 0, count: 4_096)
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                pending += chunk[0..<count]
            } else if count < 0 && errno == EINTR {
                continue  // Ctrl-C, seen at the top of the loop; any other signal reads again
            } else {
                reachedEnd = true  // end of input, or a read error: nothing more will come
            }
        }
    }

    public var wasInterrupted: Bool { InterruptSignal.received }
}

/// Turns Ctrl-C into "end the session cleanly" instead of killing the process.
///
/// The handler only sets a flag; because it is installed without `SA_RESTART`, a read blocked on
/// the terminal returns at once and the session sees end of input with `wasInterrupted` set.
/// Every answer is already committed by then, so the session only prints its summary and exits 130.
///
/// SIGINT is also unblocked: a process inherits its parent's signal mask, and a launcher that
/// starts Palpate from a thread blocking SIGINT (test runners, some IDEs and supervisors) would
/// otherwise leave Ctrl-C pending forever.
public enum InterruptSignal {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    public static var received: Bool { flag != 0 }

    public static func install() {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = { _ in InterruptSignal.flag = 1 }
        #else
            action.__sigaction_u.__sa_handler = { _ in InterruptSignal.flag = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }
}

/// The terminal's size, asked of the kernel.
public enum TerminalSize {
    public static func columns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
