import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lines from the process's standard input; `nil` at end of input (Ctrl-D or a closed pipe) or
/// after Ctrl-C.
public final class StandardInput: LineInput {
    public init() {}
    public func readLine() -> String? {
        guard !wasInterrupted else { return nil }
        return Swift.readLine(strippingNewline: true)
    }
    public var wasInterrupted: Bool { InterruptSignal.received }
}

/// Turns Ctrl-C into "end the session cleanly" instead of killing the process.
///
/// The handler only sets a flag; because it is installed without `SA_RESTART`, a read blocked on
/// the terminal returns at once and the session sees end of input with `wasInterrupted` set.
/// Every answer is already committed by then, so the session only prints its summary and exits 130.
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
