import Foundation
import Testing

@testable import PalpateCLI

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct MapCommandTests {
    @Test func pipedMapIsPlainTextWithTheLegendAndTheLessonToRead() throws {
        let run = runPalpate(["map", "soleus"])
        #expect(run.exitCode == .success)
        #expect(run.errorOutput == "")
        let golden = try String(
            contentsOf: packageRoot.appendingPathComponent("Tests/BodyMapsTests/Fixtures/maps/soleus-80.txt"),
            encoding: .utf8)
        #expect(run.output == golden + "\nRead about it: palpate read referral-patterns#soleus\n")
        #expect(!run.output.contains("\u{1B}"))
    }

    @Test func aTerminalGetsColouredHalfBlocksButNeverWithNoColorOrADumbTerminal() {
        let coloured = runPalpate(["map", "soleus"], terminal: true)
        #expect(coloured.output.contains("\u{1B}[38;5;160m"))  // the essential zone's red
        #expect(coloured.output.contains("▀"))
        #expect(!coloured.output.contains(" # essential zone"))
        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
            let plain = runPalpate(["map", "soleus"], environment: environment, terminal: true)
            #expect(!plain.output.contains("\u{1B}"))
            #expect(plain.output.contains("× trigger point   # essential zone   + spillover zone   . body"))
        }
    }

    @Test func namesAreForgivingAndMisspeltOnesGetSuggestions() {
        #expect(runPalpate(["map", "Upper trapezius"]).output.hasPrefix("Upper trapezius: referral map\n"))
        let misspelt = runPalpate(["map", "solues"])
        #expect(misspelt.exitCode == .failure)
        #expect(misspelt.errorOutput == "palpate: no referral map for 'solues'; did you mean: soleus?\n")
        let hostile = runPalpate(["map", "\u{1B}]52;c;eA==\u{07}"])
        #expect(hostile.exitCode == .failure)
        #expect(!hostile.errorOutput.contains("\u{1B}"))
    }

    @Test func withoutAMuscleItListsEveryMap() {
        let run = runPalpate(["map"])
        #expect(run.exitCode == .success)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("MUSCLE") == true)
        #expect(lines.contains { $0.hasPrefix("soleus ") && $0.hasSuffix("referral-patterns#soleus") })
        #expect(lines.contains { $0.hasPrefix("lateral-pterygoid ") })
        #expect(lines.count == 1 + 43 + 1)
    }

    @Test func helpExplainsTheShadesAndTheReadLink() {
        let run = runPalpate(["map", "--help"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("palpate map [MUSCLE]"))
        #expect(run.output.contains("essential zone"))
    }

    @Test func aNarrowTerminalIsToldHowWideTheMapNeeds() {
        let narrow = runPalpate(["map", "soleus"], width: 19)
        #expect(narrow.exitCode == .failure)
        #expect(
            narrow.errorOutput
                == "palpate: the referral map needs at least 20 columns, but only 19 are available; widen the window (or set COLUMNS)\n"
        )
        for width in [40, 60, 120] {
            let run = runPalpate(["map", "sternocleidomastoid"], terminal: true, width: width)
            let visible = run.output.replacingOccurrences(
                of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            // The command to copy may be longer than a 40-column line; the terminal wraps it.
            let wide = visible.split(separator: "\n").filter {
                $0.count > width && !$0.hasPrefix("palpate read")
            }
            #expect(wide.isEmpty, "at \(width): \(wide)")
        }
    }

    @Test func readingAMuscleSectionShowsItsMapUnderTheText() throws {
        let run = runPalpate(["read", "referral-patterns#soleus"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Soleus: referral map"))
        #expect(run.output.contains("Essential zone: Back and underside of the heel, Achilles tendon"))
        let pterygoids = runPalpate(["read", "more-referral-patterns#pterygoids"])
        #expect(pterygoids.output.contains("Lateral pterygoid: referral map"))
        #expect(pterygoids.output.contains("Medial pterygoid: referral map"))
        #expect(!runPalpate(["read", "referral-patterns#limits-of-maps"]).output.contains("referral map\n"))
        // The whole lesson: each muscle's map under its own section, before the next heading.
        let lesson = runPalpate(["read", "referral-patterns"]).output.split(separator: "\n").map(String.init)
        #expect(lesson.count { $0.hasSuffix(": referral map") } == 28)
        let map = try #require(lesson.firstIndex(of: "Upper trapezius: referral map"))
        #expect(lesson.firstIndex(of: "Upper trapezius")! < map)
        #expect(map < lesson.firstIndex(of: "Levator scapulae")!)
    }

    @Test func readAsHTMLIsAWellFormedPageWithAnSVGMapPerMuscle() throws {
        let run = runPalpate(["read", "more-referral-patterns", "--format", "html"])
        #expect(run.exitCode == .success)
        let document = try XMLDocument(data: Data(run.output.utf8))
        let figures = try document.nodes(forXPath: "//*[local-name()='figure']")
        #expect(figures.count == 15)  // 14 sections, the pterygoids' with two muscles
        #expect(try document.nodes(forXPath: "//*[local-name()='h2'][@id='peroneals']").count == 1)
    }

    @Test func checkFindsABrokenPatternWithItsPlace() throws {
        let root = try copyOfBundledContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Curriculum/body/patterns.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: #""heel", "achilles""#, with: #""heal", "achilles""#)
            .write(to: file, atomically: true, encoding: .utf8)
        let checked = runPalpate(["check", root.path])
        #expect(checked.exitCode == .failure)
        #expect(
            checked.errorOutput.contains(
                "Curriculum/body/patterns.json:331:21: error: there is no region 'heal'; did you mean 'heel', 'heel-left', 'heel-right'?"
            ))
        #expect(checked.output.contains("referral map"))
    }

    @Test func escapeSequencesInTheBodyFilesReachNoTerminal() throws {
        let root = try copyOfBundledContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let hostile = #"\u001b]52;c;eA==\u0007\u202e\u009b31m"#
        for (file, from, to) in [
            (
                "body-model.json", #""title": "Back and underside of the heel""#,
                #""title": "Heel "# + hostile + #"""#
            ),
            ("body-model.json", #""title": "Back","#, #""title": "Back "# + hostile + #"","#),
            ("patterns.json", #""title": "Soleus""#, #""title": "Soleus "# + hostile + #"""#),
        ] {
            let url = root.appendingPathComponent("Curriculum/body/\(file)")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(from))
            try text.replacingOccurrences(of: from, with: to).write(
                to: url, atomically: true, encoding: .utf8)
        }
        for terminal in [true, false] {
            let run = runPalpate(["map", "soleus"], directory: root, terminal: terminal)
            #expect(run.exitCode == .success)
            for bad in ["\u{1B}]", "\u{07}", "\u{202E}", "\u{9B}"] {
                #expect(!run.output.contains(bad), "terminal: \(terminal)")
            }
            #expect(run.output.contains("Soleus "))
        }
        let listed = runPalpate(["map"], directory: root, terminal: true)
        #expect(!listed.output.contains("\u{1B}]") && !listed.output.contains("\u{202E}"))
        let page = runPalpate(["read", "referral-patterns#soleus", "--format", "html"], directory: root)
        #expect(!page.output.contains("\u{1B}") && !page.output.contains("\u{07}"))
    }

    @Test func brokenMapsLeaveTheLessonReadableWithOneWarningAndNoMapsSayNothing() throws {
        let root = try copyOfBundledContent()
        defer { try? FileManager.default.removeItem(at: root) }
        let model = root.appendingPathComponent("Curriculum/body/body-model.json")
        try Data("{\"format\": 1,".utf8).write(to: model)
        let broken = runPalpate(["read", "referral-patterns#soleus"], directory: root)
        #expect(broken.exitCode == .success)
        #expect(broken.output.contains("Soleus") && !broken.output.contains("referral map"))
        #expect(
            broken.errorOutput
                == "warning: the referral maps cannot be read (1 error); run 'palpate check' for details\n")
        let map = runPalpate(["map", "soleus"], directory: root)
        #expect(map.exitCode == .failure)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Curriculum/body"))
        let none = runPalpate(["read", "referral-patterns#soleus"], directory: root)
        #expect(none.exitCode == .success)
        #expect(none.errorOutput == "")
        #expect(
            runPalpate(["map"], directory: root).errorOutput.hasPrefix(
                "palpate: this course has no referral maps"))
    }
}
