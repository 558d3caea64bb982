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

/// The folder this test process's folders go in, removed when the process ends however its
/// tests ended: each run had left about two hundred folders in the system's temporary folder.
let scratchRoot: URL = {
    try? FileManager.default.createDirectory(at: scratchRootPath(), withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: scratchRootPath()) }
    return scratchRootPath()
}()

private func scratchRootPath() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("palpate-\(getpid())")
}

/// A fresh path in the test process's scratch folder, not yet created (palpate makes its data
/// folder itself).
func temporaryDataDirectory() -> URL {
    scratchRoot.appendingPathComponent(UUID().uuidString)
}

/// A home folder of its own for one run, not yet created: a command that falls back on the
/// default data folder writes there, never into a real or shared one. (The context's own default,
/// `/nonexistent`, cannot be written by a user, but root made it, and runs shared what they left.)
func throwawayHome() -> URL { temporaryDataDirectory() }

/// `palpate export DECK --format apkg --output OUTPUT` on the bundled content, run in `folder`.
func exportAnkiPackage(_ deck: String, to output: String, in folder: URL) -> CLIRun {
    runPalpate(
        ["--content", packageRoot.path, "export", deck, "--format", "apkg", "--output", output],
        directory: folder)
}

/// A fresh, empty folder in the temporary folder.
func temporaryFolder() throws -> URL {
    let folder = temporaryDataDirectory()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A fresh folder holding a copy of the bundled Curriculum/ and Quizzes/, for tests that break
/// the content on purpose.
func copyOfBundledContent() throws -> URL {
    let root = try temporaryFolder()
    for folder in ["Curriculum", "Quizzes"] {
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    return root
}

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
        stdoutIsTerminal: terminal, stdinIsTerminal: terminal, terminalWidth: width,
        homeDirectory: throwawayHome())
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
        stdoutIsTerminal: false, stdinIsTerminal: true, terminalWidth: 80, homeDirectory: throwawayHome())
    return CLIRun(exitCode: PalpateApp.run(context), output: output.text, errorOutput: errorOutput.text)
}
