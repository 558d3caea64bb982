import Foundation
import Testing

@testable import PalpateCLI

@Suite struct ImportCommandTests {
    let folder: URL
    let fixtures = packageRoot.appendingPathComponent("Tests/InterchangeTests/Fixtures")

    init() throws {
        folder = try temporaryFolder()
    }

    private func run(_ arguments: [String]) -> CLIRun {
        runPalpate(["import"] + arguments, directory: folder)
    }

    @Test func writesACheckedDeckAndListsWhatItDid() throws {
        let gift = fixtures.appendingPathComponent("every-construct.gift").path
        let result = run([gift, "--deck", "referrals", "--output", "referrals.json"])
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "\(gift):4: converted 'upper-trap-zone': multiple-choice")
        #expect(
            lines.contains {
                $0.hasSuffix(
                    ":45: skipped 'Describe': an essay (an empty answer block): Palpate grades only answers it can check"
                )
            })
        #expect(lines.dropLast().last?.hasPrefix("palpate check finds no error in it and ") == true)
        #expect(
            lines.dropLast().last?.hasSuffix(" warnings; read them with: palpate check referrals.json")
                == true)
        #expect(
            lines.last
                == "Imported 11 questions as deck 'referrals' (4 converted, 7 changed, 3 skipped). Wrote referrals.json."
        )
        // The deck is named by the file's first category, where an export puts the title.
        let deck = try String(contentsOf: folder.appendingPathComponent("referrals.json"), encoding: .utf8)
        #expect(deck.contains("\"title\": \"Referral patterns\""))
        let check = runPalpate(["check", "referrals.json"], directory: folder)
        #expect(check.exitCode == .success, "\(check.errorOutput)")
        #expect(check.errorOutput.contains("11 of 11 questions link no lesson"))
        let again = run([gift, "--deck", "referrals"])
        let written = try String(contentsOf: folder.appendingPathComponent("referrals.json"), encoding: .utf8)
        #expect(again.output == written)
        #expect(again.errorOutput.hasSuffix("(4 converted, 7 changed, 3 skipped).\n"))
        // Printed, the deck is in no file yet: the warning says to save it before checking it.
        #expect(
            again.errorOutput.contains(
                " warnings; save it (> referrals.json, or --output referrals.json), then read them with: "
                    + "palpate check referrals.json"))
    }

    @Test func linksEveryQuestionToTheLessonGiven() throws {
        let gift = fixtures.appendingPathComponent("every-construct.gift").path
        let result = runPalpate(
            ["--content", packageRoot.path, "import", gift, "--lesson", "referral-patterns#upper-trapezius"],
            directory: folder)
        #expect(result.exitCode == .success, "\(result.errorOutput)")
        #expect(
            result.output.components(separatedBy: "\"lesson\": \"referral-patterns#upper-trapezius\"").count
                == 12)
        let wrong = runPalpate(
            ["--content", packageRoot.path, "import", gift, "--lesson", "referal-patterns"], directory: folder
        )
        #expect(wrong.exitCode == .usage)
        #expect(
            wrong.errorOutput.contains(
                "the lesson 'referal-patterns' does not exist; did you mean 'referral-patterns'?"))
    }

    @Test func unbalancedBracesWriteNothing() {
        let gift = fixtures.appendingPathComponent("unbalanced.gift").path
        let result = run([gift, "--output", "bad.json"])
        #expect(result.exitCode == .failure)
        #expect(result.errorOutput.contains("unbalanced.gift:4:23: error: unbalanced braces"))
        #expect(result.errorOutput.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.json").path))
    }

    @Test func exportsADeckThatImportsBackWithTheSameIDs() throws {
        let export = runPalpate(
            [
                "--content", packageRoot.path, "export", "referral-patterns", "--format", "moodle-xml",
                "--output", "r.xml",
            ],
            directory: folder)
        #expect(export.exitCode == .success, "\(export.errorOutput)")
        #expect(
            export.output.contains(
                "skipped 'ref-x-marks': a self-graded flashcard has no Moodle question type"))
        #expect(export.output.hasSuffix("questions of 'referral-patterns' (17 left out). Wrote r.xml.\n"))
        let back = run(["r.xml", "--deck", "referral-patterns", "--output", "r.json"])
        #expect(back.exitCode == .success, "\(back.errorOutput)")
        #expect(back.output.contains("converted 'ref-essential-zone': multiple-choice"))
        let unknown = runPalpate(
            ["--content", packageRoot.path, "export", "referal-patterns", "--format", "gift"],
            directory: folder)
        #expect(unknown.exitCode == .usage)
        #expect(unknown.errorOutput.contains("no deck 'referal-patterns'; did you mean 'referral-patterns'?"))
    }

    @Test func escapeSequencesInAnImportedBankReachNoTerminal() throws {
        // Every text field of a GIFT question carries an OSC 52 clipboard write, an 8-bit CSI and a
        // bidi override; a Moodle XML question the last two (XML 1.0 forbids ESC and BEL outright).
        let hostile = "x\u{1B}]52;c;ZXZpbA\u{07}\u{9B}2J\u{202E}y"
        let xmlHostile = "x\u{9B}2J\u{202E}y"
        let gift = """
            $CATEGORY: top/\(hostile)

            ::title-\(hostile)::Where does the \(hostile) refer? {
              =heel #right \(hostile)
              ~knee #wrong \(hostile)
              ####because \(hostile)
            }
            """
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz><question type="truefalse"><name><text>t \(xmlHostile)</text></name>
            <questiontext format="html"><text>The soleus \(xmlHostile) refers to the heel.</text></questiontext>
            <generalfeedback><text>because \(xmlHostile)</text></generalfeedback>
            <answer fraction="100"><text>true</text><feedback><text>yes \(xmlHostile)</text></feedback></answer>
            <answer fraction="0"><text>false</text><feedback><text>no \(xmlHostile)</text></feedback></answer>
            </question></quiz>
            """
        for (name, text) in [("bank.gift", gift), ("bank.xml", xml)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            for terminal in [true, false] {
                let result = runPalpate(
                    ["import", name, "--deck", "hostile"], directory: folder, terminal: terminal)
                #expect(result.exitCode == .success, "\(name): \(result.errorOutput)")
                for raw in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
                    #expect(!result.errorOutput.contains(raw), "\(name) stderr, terminal \(terminal)")
                    if terminal { #expect(!result.output.contains(raw), "\(name) stdout on a terminal") }
                }
                // Piped, the deck is JSON: the bytes are kept, escaped as JSON writes them.
                if !terminal {
                    #expect(result.output.contains("\\u009b2J\\u202e"), "\(name)")
                    #expect(
                        name == "bank.xml" || result.output.contains("\\u001b]52;c;ZXZpbA\\u0007"), "\(name)")
                }
            }
        }
    }
}
