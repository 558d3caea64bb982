import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines from the process's standard input; `nil` at end of input (Ctrl-D or a closed pipe) or
/// after Ctrl-C.
///
/// Reads with `read(2)` rather than `Swift.readLine`, which retries a read interrupted by a signal
/// (so Ctrl-C at a prompt would never end the session). Bytes that are not UTF-8 become U+FFFD
/// instead of being lost or ending the input; `\r\n` line ends are accepted.
public final class StandardInput: KeyInput {
    /// A line longer than this is handed over in pieces, so a runaway pipe cannot exhaust memory.
    public static let maximumLineBytes = 1 << 20

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var reachedEnd = false
    /// Bytes of `buffer` already searched for a newline, so a long line is scanned once.
    private var scanned = 0

    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    public func readLine() -> String? {
        while !wasInterrupted {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Self.decode(buffer[..<newline])
                buffer.removeSubrange(...newline)
                scanned = 0
                return line
            }
            scanned = buffer.count
            if buffer.count >= Self.maximumLineBytes {
                let line = Self.decode(buffer[..<Self.maximumLineBytes])
                buffer.removeFirst(Self.maximumLineBytes)
                scanned = 0
                return line
            }
            if reachedEnd {
                guard !buffer.isEmpty else { return nil }
                defer {
                    buffer.removeAll()
                    scanned = 0
                }
                return Self.decode(buffer[...])
            }
            var chunk = [UInt8](repeating: 0, count: 4_096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 || errno != EINTR {
                reachedEnd = true
            }
            // EINTR: loop, and stop if it was Ctrl-C.
        }
        return nil
    }

    public var wasInterrupted: Bool { InterruptSignal.received }

    public var readsKeys: Bool { isatty(descriptor) == 1 }

    /// One keystroke from the terminal, read in character mode (see `TerminalKeyMode`). Enter is
    /// `""`, Ctrl-D or a closed terminal `nil`; an escape sequence (an arrow key) comes back as
    /// Escape alone, the rest of it read and dropped.
    public func readKey() -> String? {
        guard buffer.isEmpty, !reachedEnd else { return readLine() }
        return TerminalKeyMode.withCharacterMode(descriptor) { () -> String? in
            guard let first = readByte() else { return nil }
            switch first {
            case 0x04: return nil
            case 0x0A, 0x0D: return ""
            case 0x1B:
                drainPendingBytes()
                return "\u{1B}"
            default: break
            }
            var bytes = [first]
            // A UTF-8 lead byte says how many continuation bytes follow.
            let continuation = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
            for _ in 0..<continuation {
                guard let next = readByte() else { break }
                bytes.append(next)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// One byte, waiting for it; `nil` at end of input or after Ctrl-C.
    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while !wasInterrupted {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return byte }
            if count == 0 || errno != EINTR { return nil }
        }
        return nil
    }

    /// Reads and drops what is already waiting (the rest of an escape sequence), without blocking.
    private func drainPendingBytes() {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        var scratch = [UInt8](repeating: 0, count: 64)
        while poll(&poller, 1, 30) > 0, poller.revents & Int16(POLLIN) != 0 {
            let count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
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
        handle { _ in InterruptSignal.flag = 1 }
    }

    /// Lets Ctrl-C end the process at once again, as it does other programs: for commands that
    /// only compute and print (`scheduler replay` of ten million rows, `simulate`, `check`), or
    /// compute and then write a file (`report`, `class-report`, `import`, `export`), which never
    /// ask the flag. They had gone on to the end, Ctrl-C or not.
    public static func endProcessOnInterrupt() {
        signal(SIGINT, SIG_DFL)
    }

    /// Set by Ctrl-C during `deferred`: a flag of its own, so that the one sessions read is not
    /// touched.
    nonisolated(unsafe) private static var deferredFlag: sig_atomic_t = 0

    /// Runs `body` with Ctrl-C only noted, whatever it did before, and puts back what it did;
    /// returns whether Ctrl-C came meanwhile, which `body` may ask too. For placing a file whole
    /// or not at all.
    static func deferred(_ body: (_ interrupted: () -> Bool) throws -> Void) rethrows -> Bool {
        deferredFlag = 0
        let previous = handle { _ in InterruptSignal.deferredFlag = 1 }
        defer { withUnsafePointer(to: previous) { _ = sigaction(SIGINT, $0, nil) } }
        try body { deferredFlag != 0 }
        return deferredFlag != 0
    }

    /// Makes `handler` SIGINT's handler, without `SA_RESTART`, and unblocks SIGINT on this thread
    /// (see above); returns the handling it replaced.
    @discardableResult
    private static func handle(with handler: @convention(c) (Int32) -> Void) -> sigaction {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        return previous
    }
}

/// The terminal's size, asked of the kernel.
public enum TerminalSize {
    /// The columns of the terminal `descriptor` (standard output unless told) is, if it is one.
    public static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
