#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a terminal into character-at-a-time mode for one read, and always puts it back.
///
/// Only canonical input and echo are turned off: signals stay on, so Ctrl-C still interrupts
/// (the session ends cleanly, see `InterruptSignal`). The original settings are restored when
/// the read returns, and also by a handler for SIGTERM, SIGHUP, SIGQUIT and the crash signals,
/// which restores them and then lets the signal do what it would have done: a student's shell
/// is never left without echo.
enum TerminalKeyMode {
    /// The settings to put back, while a read is in character mode (read by signal handlers).
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var isActive: sig_atomic_t = 0
    nonisolated(unsafe) private static var handlersInstalled = false

    private static let restoringSignals = [
        SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
    ]

    /// Runs `body` with `descriptor` in character mode; runs it unchanged when the descriptor is
    /// not a terminal or its settings cannot be changed.
    static func withCharacterMode<T>(_ descriptor: Int32, _ body: () -> T) -> T {
        var original = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &original) == 0 else { return body() }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        installHandlers()
        saved = original
        isActive = 1
        defer {
            tcsetattr(descriptor, TCSANOW, &original)
            isActive = 0
        }
        guard tcsetattr(descriptor, TCSANOW, &raw) == 0 else { return body() }
        return body()
    }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        for signal in restoringSignals {
            var action = sigaction()
            #if os(Linux)
                action.__sigaction_handler.sa_handler = TerminalKeyMode.restoreAndReraise
            #else
                action.__sigaction_u.__sa_handler = TerminalKeyMode.restoreAndReraise
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// Async-signal-safe: `tcsetattr` and `raise` only. SA_RESETHAND has already put the default
    /// action back, so raising the signal again ends the process as it would have.
    private static let restoreAndReraise: @convention(c) (Int32) -> Void = { signal in
        if TerminalKeyMode.isActive != 0 { tcsetattr(STDIN_FILENO, TCSANOW, &TerminalKeyMode.saved) }
        raise(signal)
    }
}
