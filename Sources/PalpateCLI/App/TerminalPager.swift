import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Long text through the student's pager, as git does: `$PAGER`, else `less -R`; with `LESS`
/// unset it runs as `LESS=FRX`, so text that fits on one screen is simply printed and colours
/// pass through. `PAGER=cat` (or empty) prints directly.
///
/// The pager is started with `posix_spawn` in Palpate's own process group. Foundation's
/// `Process` gives a child a process group of its own on Linux; a pager there is not in the
/// terminal's foreground group, so the terminal stopped `less` at its first read or write and
/// `palpate read` hung on a blank screen.
enum TerminalPager {
    /// - Returns: false when no pager could be started; the caller then prints the text.
    static func show(_ text: String, environment: [String: String]) -> Bool {
        let command = environment["PAGER"].map { $0.trimmingCharacters(in: .whitespaces) } ?? "less -R"
        guard !command.isEmpty, command != "cat", environment["TERM"] != "dumb" else { return false }
        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return false }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        guard
            let pager = spawnShell(command, input: readEnd, closing: writeEnd, environment: pagerEnvironment)
        else {
            close(readEnd)
            close(writeEnd)
            return false
        }
        close(readEnd)
        // A pager quit early closes the pipe: the rest of the text is simply not wanted, and the
        // write must fail rather than kill Palpate with SIGPIPE. Ctrl-C belongs to the pager
        // (less cancels a search with it), not to a review waiting behind it.
        // (`sigaction` keeps the interrupt handler's flags: `signal` would add SA_RESTART.)
        var ignore = sigaction()
        #if os(Linux)
            ignore.__sigaction_handler.sa_handler = SIG_IGN
        #else
            ignore.__sigaction_u.__sa_handler = SIG_IGN
        #endif
        var previousPipe = sigaction()
        var previousInterrupt = sigaction()
        sigaction(SIGPIPE, &ignore, &previousPipe)
        sigaction(SIGINT, &ignore, &previousInterrupt)
        defer {
            sigaction(SIGPIPE, &previousPipe, nil)
            sigaction(SIGINT, &previousInterrupt, nil)
        }
        writeAll(Array(text.utf8), to: writeEnd)
        close(writeEnd)
        return waitForExit(of: pager) != 127
    }

    /// Starts `/bin/sh -c command` with `input` as its standard input (and `unused` closed in
    /// it), in this process's group, with SIGINT, SIGQUIT and SIGPIPE at their defaults.
    private static func spawnShell(
        _ command: String, input: Int32, closing unused: Int32, environment: [String: String]
    ) -> pid_t? {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, input)
        posix_spawn_file_actions_addclose(&actions, unused)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let copy = { (text: String) -> UnsafeMutablePointer<CChar>? in strdup(text) }
        let arguments = ["/bin/sh", "-c", command].map(copy) + [nil]
        let variables = environment.map { copy("\($0.key)=\($0.value)") } + [nil]
        defer { for text in arguments + variables { free(text) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, variables)
        return status == 0 ? pid : nil
    }

    /// Writes `bytes` to `descriptor` until done or the reader has gone.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// The exit status of `pid` once it ends; -1 if it was killed.
    private static func waitForExit(of pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import as functions.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
