import Foundation

/// Long text through the student's pager, as git does: `$PAGER`, else `less -R`; with `LESS`
/// unset it runs as `LESS=FRX`, so text that fits on one screen is simply printed and colours
/// pass through. `PAGER=cat` (or empty) prints directly.
enum TerminalPager {
    /// - Returns: false when no pager could be started; the caller then prints the text.
    static func show(_ text: String, environment: [String: String]) -> Bool {
        let command = environment["PAGER"].map { $0.trimmingCharacters(in: .whitespaces) } ?? "less -R"
        guard !command.isEmpty, command != "cat", environment["TERM"] != "dumb" else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        process.environment = pagerEnvironment
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        // A pager quit early closes the pipe: the rest of the text is simply not wanted.
        try? pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus != 127
    }
}
