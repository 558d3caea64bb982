import Foundation
import PalpateCLI

// The live dependencies: this process's arguments, environment, streams and clock.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let context = AppContext(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    packageRoot: packageRoot,
    input: StandardInput(),
    output: FileHandleOutput(.standardOutput),
    errorOutput: FileHandleOutput(.standardError),
    clock: { Date() },
    stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
    stdinIsTerminal: isatty(STDIN_FILENO) == 1,
    terminalWidth: TerminalSize.columns(),
    timeZone: .current,
    homeDirectory: FileManager.default.homeDirectoryForCurrentUser,
    processID: getpid(),
    hostName: ProcessInfo.processInfo.hostName
)
InterruptSignal.install()
exit(PalpateApp.run(context).rawValue)
