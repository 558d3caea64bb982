import Foundation
import Testing

@testable import PalpateCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serialized: the tests send the process a real SIGINT, and change how it is handled.
@Suite(.serialized) struct OutputFileTests {
    private func file(in folder: URL, force: Bool = false) -> OutputFile {
        OutputFile(
            path: "report.md", force: force, currentDirectory: folder, processID: 7, exampleName: "report.md")
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Ctrl-C while the file is written: the text is finished, nothing is placed (no file, no
    /// temporary left), the command ends with `CommandInterrupted` (exit 130), and Ctrl-C ends
    /// the process at once again afterwards, as `report` set it to.
    @Test func ctrlCWhileWritingPlacesNothingAndEndsInterrupted() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        InterruptSignal.endProcessOnInterrupt()
        var output = file(in: folder)
        output.beforePlacing = { raise(SIGINT) }
        #expect(throws: CommandInterrupted("interrupted; report.md was not written")) {
            try output.write("# Report\n")
        }
        #expect(try names(in: folder) == [])
        var handling = sigaction()
        sigaction(SIGINT, nil, &handling)
        #if os(Linux)
            #expect(handling.__sigaction_handler.sa_handler == nil, "SIG_DFL")
        #endif

        // Without Ctrl-C the file is placed whole, as before.
        try file(in: folder).write("# Report\n")
        #expect(try names(in: folder) == ["report.md"])
        #expect(
            try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
                == "# Report\n")
    }
}
