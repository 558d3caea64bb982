import Foundation

@testable import PalpateCLI

/// Runs `palpate` in-process with scripted input, a fixed clock and captured output.
struct CLIRun {
    var exitCode: ExitCode
    var output: String
    var errorOutput: String
}

/// The package's own folder, where the bundled Curriculum/ and Quizzes/ live.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let fixedNow = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

func runPalpate(
    _ arguments: [String], input: [String] = [], environment: [String: String] = [:],
    directory: URL = packageRoot,
    now: Date = fixedNow, terminal: Bool = false, width: Int? = 80
) -> CLIRun {
    let output = BufferOutput()
    let errorOutput = BufferOutput()
    let context = AppContext(
        arguments: arguments, environment: environment, currentDirectory: directory, packageRoot: packageRoot,
        input: ScriptedInput(input), output: output, errorOutput: errorOutput, clock: { now },
        stdoutIsTerminal: terminal, stdinIsTerminal: terminal, terminalWidth: width)
    let code = PalpateApp.run(context)
    return CLIRun(exitCode: code, output: output.text, errorOutput: errorOutput.text)
}

/// Runs `palpate` with keys typed one at a time, as a terminal in character mode hands them over.
func runWithKeys(
    _ arguments: [String], keys: ScriptedKeys, now: Date, environment: [String: String] = [:]
)
    -> CLIRun
{
    let output = BufferOutput()
    let errorOutput = BufferOutput()
    let context = AppContext(
        arguments: arguments, environment: environment, currentDirectory: packageRoot,
        packageRoot: packageRoot,
        input: keys, output: output, errorOutput: errorOutput, clock: { now },
        stdoutIsTerminal: false, stdinIsTerminal: true, terminalWidth: 80)
    return CLIRun(exitCode: PalpateApp.run(context), output: output.text, errorOutput: errorOutput.text)
}
