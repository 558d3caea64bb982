import Foundation
import Progress
import Testing

@testable import PalpateCLI

/// 2026-01-01T09:00:00Z, a morning of study.
let studyMorning = Date(timeIntervalSince1970: 1_767_258_000)

/// Lines that are not typed answers: what arrow keys, Escape, Ctrl-keys, a broken pipe of bytes or
/// a runaway paste put on a line. Standard input turns bytes that are not UTF-8 into U+FFFD.
let junkLines = [
    String(repeating: "a", count: 100_000),
    "\u{FFFD}\u{FFFD}",
    "\u{1B}[2J\u{1B}[H",
    "b\u{1B}[A",
    "\u{1B}]0;owned\u{07}",
    "\u{07}\u{08}\u{00}",
    "\u{9B}31m",
    "\u{202E}b",
]

/// Fails when `text` holds anything a terminal would act on: C0 controls but the line feed, DEL,
/// C1 controls (0x9B starts a sequence by itself), or ESC.
func expectPlainText(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let controls = text.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
    #expect(
        controls.isEmpty, "\(what) holds control characters \(controls.map { String($0.value, radix: 16) })",
        sourceLocation: sourceLocation)
}

/// Runs `palpate` in-process with an explicit time zone and an input object of the test's choosing.
func runPalpate(
    _ arguments: [String], input: some LineInput, now: Date, timeZone: TimeZone = .gmt,
    environment: [String: String] = [:], processID: Int32 = 0
) -> CLIRun {
    let output = BufferOutput()
    let errorOutput = BufferOutput()
    let context = AppContext(
        arguments: arguments, environment: environment, currentDirectory: packageRoot,
        packageRoot: packageRoot,
        input: input, output: output, errorOutput: errorOutput, clock: { now }, terminalWidth: 80,
        timeZone: timeZone, homeDirectory: throwawayHome(), processID: processID, hostName: "test-host")
    let code = PalpateApp.run(context)
    return CLIRun(exitCode: code, output: output.text, errorOutput: errorOutput.text)
}

/// A SHA-256-free fingerprint of a file's bytes for "left exactly as it was": the bytes themselves.
func fileBytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }
