import Foundation
import Testing

@testable import PalpateCLI

/// `palpate export DECK --format apkg`: the package goes to a file, or to standard output only when
/// that is not a terminal. (What is inside is `AnkiPackageWriterTests`' business.)
@Suite struct ExportCommandTests {
    let folder: URL

    init() throws {
        folder = try temporaryFolder()
    }

    private let zipSignature: [UInt8] = [0x50, 0x4b, 0x03, 0x04]

    @Test func anAnkiPackageIsWrittenToTheFileGivenAndItsChangesListed() throws {
        let run = exportAnkiPackage("referral-patterns", to: "ref.apkg", in: folder)
        #expect(run.exitCode == .success, "\(run.errorOutput)")
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("ref.apkg")))
        #expect(Array(bytes.prefix(4)) == zipSignature)
        let lines = run.output.split(separator: "\n")
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "changed 'ref-using-map-order': Anki has no ordering card: the steps are on the front in alphabetical order and in order on the back"
                )
            })
        #expect(lines.last?.hasPrefix("Exported ") == true)
        #expect(lines.last?.hasSuffix(" changed, 0 left out). Wrote ref.apkg.") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ref.apkg"])
        let missing = exportAnkiPackage("evidence", to: "no/such/e.apkg", in: folder)
        #expect(missing.exitCode == .failure)
        #expect(missing.errorOutput.contains("the folder"))
        #expect(missing.errorOutput.contains("does not exist (create it first)"))
        // Written whole or not at all: an existing file is not replaced without --force.
        let again = exportAnkiPackage("referral-patterns", to: "ref.apkg", in: folder)
        #expect(again.exitCode == .failure)
        #expect(again.errorOutput.contains("ref.apkg already exists; add --force to replace it"))
    }

    /// An unknown deck lists the ids there are (it pointed to 'palpate cards', which lists cards).
    @Test func anUnknownDeckListsTheDecks() {
        let run = runPalpate(
            ["--content", packageRoot.path, "export", "nosuch", "--format", "gift"], directory: folder)
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("Give a deck's id (foundations, referral-patterns, "))
    }

    @Test func aPackageIsNotWrittenToATerminal() {
        let run = runPalpate(
            ["--content", packageRoot.path, "export", "referral-patterns", "--format", "apkg"],
            directory: folder,
            terminal: true)
        #expect(run.exitCode == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput.contains("an Anki package is binary and would garble the terminal"))
        #expect(run.errorOutput.contains("--format apkg --output deck.apkg"))
    }

    @Test func pipedThePackageGoesToStandardOutputAsBytes() {
        let output = BufferOutput()
        let errorOutput = BufferOutput()
        let context = AppContext(
            arguments: ["--content", packageRoot.path, "export", "evidence", "--format", "apkg"],
            environment: ["TMPDIR": folder.path], currentDirectory: folder, packageRoot: packageRoot,
            output: output, errorOutput: errorOutput, clock: { fixedNow }, homeDirectory: throwawayHome())
        #expect(PalpateApp.run(context) == .success)
        #expect(Array(output.bytes.prefix(4)) == zipSignature)
        #expect(output.text.isEmpty)
        #expect(errorOutput.text.hasSuffix("left out).\n"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) == [])
    }
}
