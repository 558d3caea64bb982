import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension AppContext {
    /// The context of this process: its environment, standard streams, terminal, clock and host.
    ///
    /// The one place that reads the outside world, shared by `palpate` and by `palpate-bench`
    /// (which re-runs itself as palpate), so the benchmark times exactly the code students run.
    /// - Parameters:
    ///   - arguments: the command line without the program name.
    ///   - packageRoot: the source package the executable was built from, for its bundled content.
    public static func live(arguments: [String], packageRoot: URL?) -> AppContext {
        var context = AppContext(
            arguments: arguments,
            environment: ProcessEnvironment.current(),
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            packageRoot: packageRoot,
            input: StandardInput(),
            output: FileHandleOutput(.standardOutput),
            errorOutput: FileHandleOutput(.standardError),
            clock: { Date() },
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            terminalWidth: TerminalSize.columns(),
            stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            errorTerminalWidth: TerminalSize.columns(of: STDERR_FILENO),
            processID: getpid(),
            hostName: ProcessInfo.processInfo.hostName,
            pager: isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
                ? { TerminalPager.show($0, environment: ProcessEnvironment.current()) } : nil
        )
        context.timeZoneSource = { .current }
        context.homeDirectorySource = { liveHomeDirectory }
        return context
    }
}

/// The user's home folder, looked up once, when first asked (a global is initialised lazily, once,
/// whichever thread asks first).
private let liveHomeDirectory = FileManager.default.homeDirectoryForCurrentUser
