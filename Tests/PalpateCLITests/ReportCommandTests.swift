import Decks
import Foundation
import Reports
import Testing
import TextFormats

@testable import PalpateCLI

#if canImport(FoundationXML)
    import FoundationXML
#endif

let hostileCourse = packageRoot.appendingPathComponent("Tests/PalpateCLITests/Fixtures/hostile-course")
private let morning = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

/// A student of the hostile course who has reviewed (with wrong typed answers) and sat an exam.
private struct HostileStudent {
    let data = temporaryDataDirectory()

    init() {
        _ = run(["review"], input: ["t", "", "=cmd", "", "a", "", "q"], at: morning)
        _ = run(
            ["exam", "--count", "3", "--seed", "1"], input: ["t", "@nothing", "c"],
            at: morning.addingTimeInterval(600))
        _ = run(["config", "name", "=Eve \"<b>\""], at: morning)
    }

    func run(
        _ arguments: [String], input: [String] = [], at now: Date = morning.addingTimeInterval(3_600),
        in directory: URL = packageRoot
    )
        -> CLIRun
    {
        runPalpate(
            ["--content", hostileCourse.path, "--data-dir", data.path] + arguments, input: input,
            directory: directory,
            now: now)
    }
}

/// Element names and text of a page read as XML.
private func parseXML(_ markup: String) -> (elements: [String], text: String, error: String?) {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) { elements.append(elementName) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
    let collector = Collector()
    let parser = XMLParser(data: Data(markup.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
    parser.delegate = collector
    let ok = parser.parse()
    return (collector.elements, collector.text, ok ? nil : "\(String(describing: parser.parserError))")
}

@Suite struct ReportCommandTests {
    @Test func theJSONReportFollowsTheSchemaAndHoldsTheSessions() throws {
        let student = HostileStudent()
        let run = student.run(["report", "--format", "json"])
        #expect(run.exitCode == .success)
        let node = try JSONParser.parse(Array(run.output.utf8))
        let schemaURL = packageRoot.appendingPathComponent("Sources/Reports/Schema/report.schema.json")
        let schema = try JSONParser.parse(Array(try Data(contentsOf: schemaURL)))
        #expect(JSONSchemaValidator.validate(node, schema: schema).map(\.description) == [])
        let report = try ReportJSON.decode(Array(run.output.utf8), file: "stdout")
        #expect(report.student == "=Eve \"<b>\"")
        #expect(report.reviews.count >= 3)
        #expect(report.reviews.contains { $0.answer == "=cmd" && $0.correct == false })
        #expect(report.exams.count == 1)
        #expect(report.decks.first?.fingerprint == DeckFingerprint.make(try #require(hostileDeck())))
        let short = try #require(report.items.first { $0.card == "hostile/short" })
        #expect(short.wrongAnswers.contains { $0.answer == "cmd" })
        // The exam's shuffled choice letter is turned back into the choice's own text.
        let mc = try #require(report.items.first { $0.card == "hostile/mc" })
        #expect(mc.wrongAnswers.allSatisfy { ["=1+1", "@cmd"].contains($0.answer) })
    }

    private func hostileDeck() -> Deck? {
        let data = try? Data(contentsOf: hostileCourse.appendingPathComponent("Quizzes/hostile.json"))
        return data.flatMap { DeckDecoder.decode(Array($0), file: "hostile.json").deck }
    }

    @Test func theHTMLReportParsesAsXMLAndShowsDeckScriptsAsText() {
        let run = HostileStudent().run(["report", "--format", "html"])
        #expect(run.exitCode == .success)
        let page = parseXML(run.output)
        #expect(page.error == nil)
        #expect(!page.elements.contains("script"))
        #expect(!page.elements.contains("b"))
        #expect(page.text.contains("<script>alert(1)</script>"))
        #expect(page.text.contains("=Eve \"<b>\""))
        #expect(page.elements.count { $0 == "svg" } == 4)
    }

    @Test func theCSVReportsNeutraliseFormulasFromDecksAndAnswers() {
        let student = HostileStudent()
        let summary = student.run(["report", "--format", "csv"])
        #expect(summary.output.contains("\r\nstudent,\"'=Eve \"\"<b>\"\"\"\r\n"))
        let reviews = student.run(["report", "--format", "csv", "--table", "reviews"])
        #expect(reviews.output.hasPrefix("time,card,rating,answer,correct,seconds\r\n"))
        #expect(reviews.output.contains(",hostile/short,again,'=cmd,no,"))
        let decks = student.run(["report", "--format", "csv", "--table", "decks"])
        #expect(decks.output.contains("\"Hostile <script>alert('deck')</script>, \"\"quoted\"\"\""))
    }

    @Test func theMarkdownReportEscapesDeckText() {
        let run = HostileStudent().run(["report", "--format", "md", "--student", "Ana"])
        #expect(run.output.hasPrefix("# Progress report: Ana\n"))
        #expect(!run.output.contains("<script>"))
        #expect(run.output.contains("Hostile &lt;script&gt;alert('deck')&lt;/script&gt;, \"quoted\""))
    }

    @Test func sinceLeavesOutEarlierStudyAndRefusesABadDate() {
        let student = HostileStudent()
        let later = student.run(["report", "--format", "md", "--since", "2026-01-02"])
        #expect(later.output.contains("| Reviews | 0 |"))
        #expect(later.output.contains("- Period: 2026-01-02 to"))
        let bad = student.run(["report", "--format", "md", "--since", "2026-02-30"])
        #expect(bad.exitCode == .usage)
        #expect(
            bad.errorOutput
                == "palpate: --since needs a date written YYYY-MM-DD, such as 2026-03-01, not '2026-02-30' "
                + "(February 2026 has 28 days)\nSee 'palpate help report'.\n"
        )
    }

    @Test func formatIsRequiredAndTableOnlyGoesWithCSV() {
        let student = HostileStudent()
        #expect(student.run(["report"]).exitCode == .usage)
        #expect(student.run(["report", "--format", "pdf"]).exitCode == .usage)
        let table = student.run(["report", "--format", "md", "--table", "reviews"])
        #expect(table.exitCode == .usage)
        #expect(table.errorOutput.contains("--table only applies to --format csv"))
    }
}

@Suite struct ReportOutputTests {
    private func folder() throws -> URL {
        let url = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func leftovers(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".tmp")
        }
    }

    @Test func outputWritesTheFileAndRefusesToReplaceItWithoutForce() throws {
        let student = HostileStudent()
        let out = try folder()
        let first = student.run(["report", "--format", "md", "--output", "r.md"], in: out)
        #expect(first.exitCode == .success)
        #expect(first.output.isEmpty)
        let written = try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Progress report:"))

        try "keep me".write(to: out.appendingPathComponent("r.md"), atomically: true, encoding: .utf8)
        let again = student.run(["report", "--format", "md", "--output", "r.md"], in: out)
        #expect(again.exitCode == .failure)
        #expect(again.errorOutput == "palpate: r.md already exists; add --force to replace it\n")
        #expect(try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8) == "keep me")

        let forced = student.run(["report", "--format", "md", "--output", "r.md", "--force"], in: out)
        #expect(forced.exitCode == .success)
        #expect(forced.errorOutput.contains("(1 exam)") || forced.errorOutput.contains(", 1 exam)"))
        #expect(!forced.errorOutput.contains("1 exams"))
        #expect(
            try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8).hasPrefix(
                "# Progress"))
        #expect(leftovers(in: out) == [])
    }

    @Test func aReportWithoutANameSaysHowToSetOne() {
        let data = temporaryDataDirectory()
        let run = runPalpate(
            ["--content", hostileCourse.path, "--data-dir", data.path, "report", "--format", "md"],
            now: morning)
        #expect(run.exitCode == .success)
        #expect(run.errorOutput.contains("palpate config name"))
        let named = HostileStudent().run(["report", "--format", "md"])
        #expect(!named.errorOutput.contains("config name"))
    }

    @Test func outputRefusesSymlinksFoldersAndMissingFolders() throws {
        let student = HostileStudent()
        let out = try folder()
        let target = out.appendingPathComponent("target.txt")
        try "target".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: out.appendingPathComponent("link.html"), withDestinationURL: target)
        let link = student.run(["report", "--format", "html", "--output", "link.html", "--force"], in: out)
        #expect(link.exitCode == .failure)
        #expect(link.errorOutput.contains("link.html is a symbolic link"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "target")

        try FileManager.default.createDirectory(
            at: out.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let directory = student.run(["report", "--format", "html", "--output", "sub", "--force"], in: out)
        #expect(directory.exitCode == .failure)
        #expect(directory.errorOutput.contains("sub is a folder"))
        // The example name is of the format asked for (it said report.html for every format).
        let json = student.run(["report", "--format", "json", "--output", "sub/", "--force"], in: out)
        #expect(
            json.errorOutput.contains("sub/ is a folder; give a file name inside it, e.g. sub/report.json"))

        let missing = student.run(["report", "--format", "html", "--output", "nowhere/r.html"], in: out)
        #expect(missing.exitCode == .failure)
        #expect(missing.errorOutput.contains("does not exist (create it first)"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("nowhere").path))

        let device = student.run(["report", "--format", "html", "--output", "/dev/null", "--force"], in: out)
        #expect(device.exitCode == .failure)
        #expect(device.errorOutput.contains("is not a regular file"))
        #expect(leftovers(in: out) == [])
    }
}

@Suite struct ClassReportCommandTests {
    @Test func reportsAreMergedAndABadFileIsNamedAndSkipped() throws {
        let out = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for (name, student) in [("eve", HostileStudent()), ("ana", HostileStudent())] {
            let run = student.run(
                ["report", "--format", "json", "--student", name, "--output", "\(name).json"], in: out)
            #expect(run.exitCode == .success)
        }
        try "{\n  \"format\": \"palpate-report/2\"\n}\n".write(
            to: out.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let run = runPalpate(
            ["class-report", "eve.json", "bad.json", "missing.json", "ana.json", "--format", "html"],
            directory: out,
            now: morning.addingTimeInterval(7_200))
        // The view is written without the bad files, and the exit code says some were left out.
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput.contains(
                "2 files were left out (see above); the class view has the other 2 students"))
        #expect(
            run.errorOutput.contains(
                "bad.json:2:13: error: this is not a Palpate report this version can read"))
        #expect(run.errorOutput.contains("missing.json: error: cannot read the file"))
        let page = parseXML(run.output)
        #expect(page.error == nil)
        #expect(!page.elements.contains("script"))
        #expect(page.text.contains("hostile/short"))
        #expect(page.text.contains("<script>alert(1)</script>"))

        let items = runPalpate(
            ["class-report", "eve.json", "ana.json", "--format", "csv", "--table", "items"], directory: out)
        #expect(
            items.output.hasPrefix(
                "card,type,prompt,lesson,students,attempts,correct,facility,discrimination,"))
        #expect(
            items.output.contains(
                "hostile/short,short-answer,'+Type -the @word & <b>bold</b>,basics#taut-band,2,"))
    }

    @Test func aBadFormatValueIsQuotedEscapedAndCutShort() throws {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let long = String(repeating: "z", count: 5_000)
        try Data(#"{"format": "x\u001b]0;t\u0007\u0000y\#(long)"}"#.utf8)
            .write(to: folder.appendingPathComponent("bad.json"))
        let run = runPalpate(["class-report", "bad.json", "--format", "md"], directory: folder)
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput.contains(#"'format' is 'x\e]0;t\u{7}\u{0}yzzz"#), "\(run.errorOutput)")
        #expect(run.errorOutput.contains("zzz…', expected 'palpate-report/1'"))
        #expect(run.errorOutput.utf8.count < 500)
    }

    @Test func anEmptyFileIsCalledAnEmptyReportNotADeck() throws {
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("empty.json"))
        let run = runPalpate(["class-report", "empty.json", "--format", "md"], directory: folder)
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput.contains(
                "empty.json:1:1: error: the file is empty; a Palpate report is one JSON object"))
        #expect(!run.errorOutput.contains("deck"))
    }

    @Test func noReadableReportIsAFailureAndNoFileAUsageError() {
        let none = runPalpate(["class-report", "--format", "md"])
        #expect(none.exitCode == .usage)
        let missing = runPalpate(
            ["class-report", "nothing.json", "--format", "md"], directory: temporaryDataDirectory())
        #expect(missing.exitCode == .failure)
        #expect(missing.errorOutput.contains("none of the 1 files could be merged; nothing was written"))
    }
}
