import Foundation
import Progress
import Testing

@testable import PalpateCLI

/// Escape sequences a deck from the internet could carry: clear the screen, retitle the window,
/// colour text, a C1 control introducer, a bell, and a right-to-left override, written as JSON
/// escapes (decks are JSON, where raw control characters are not allowed).
private let attack = #"\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b[31m\u009b6n\u0007\u202e"#

/// The same, as raw characters for a lesson (Markdown is plain text).
private let rawAttack = "\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{07}\u{1B}[31m\u{9B}6n\u{07}\u{202E}"

/// A course whose lesson and deck carry `attack` everywhere text goes; the first question links
/// to `firstLink`.
private func hostileCourse(firstLink: String = "basics#taut-band") throws -> URL {
    let root = temporaryDataDirectory().appendingPathComponent("course")
    let curriculum = root.appendingPathComponent("Curriculum")
    let quizzes = root.appendingPathComponent("Quizzes")
    try FileManager.default.createDirectory(at: curriculum, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: quizzes, withIntermediateDirectories: true)
    let lesson = """
        ---
        id: basics
        title: Basics\(rawAttack)
        topic: Found\(rawAttack)ations
        order: 1
        minutes: 5
        ---
        Intro\(rawAttack) text with **bold\(rawAttack)** words.

        ## The taut band {#taut-band}

        - a list item\(rawAttack)
        > a quote\(rawAttack)

        """
    try Data(lesson.utf8).write(to: curriculum.appendingPathComponent("01-basics.md"))
    func question(_ id: String, _ type: String, _ fields: String) -> String {
        let link = id == "mc" ? firstLink : "basics#taut-band"
        return """
            {"id": "\(id)", "type": "\(type)", "prompt": "Prompt \(id)\(attack)?", \(fields),
             "explanation": "Because\(attack).", "lesson": "\(link)", "tags": ["t"]}
            """
    }
    let questions = [
        question(
            "mc", "multiple-choice",
            #""choices": ["Right\#(attack)", {"text": "Wrong\#(attack)", "feedback": "No\#(attack)"}], "answer": 0"#
        ),
        question("tf", "true-false", #""answer": true"#),
        question(
            "match", "matching",
            #""pairs": [{"left": "L1\#(attack)", "right": "R1\#(attack)"}, {"left": "L2", "right": "R2"}]"#),
        question("order", "ordering", #""steps": ["First\#(attack)", "Second\#(attack)"]"#),
        question("short", "short-answer", #""accept": ["band\#(attack)"]"#),
        question("card", "flashcard", #""back": "Back\#(attack)""#),
    ]
    let deck = """
        {"format": 1, "id": "hostile", "title": "Hostile\(attack) deck",
         "questions": [\(questions.joined(separator: ",\n"))]}
        """
    try Data(deck.utf8).write(to: quizzes.appendingPathComponent("hostile.json"))
    return root
}

private func expectNoAttack(_ run: CLIRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation)
{
    expectPlainText(run.output, "\(what) output", sourceLocation: sourceLocation)
    expectPlainText(run.errorOutput, "\(what) errors", sourceLocation: sourceLocation)
    #expect(!(run.output + run.errorOutput).contains("\u{202E}"), "\(what)", sourceLocation: sourceLocation)
}

@Suite struct HostileContentTests {
    @Test func escapeSequencesInADeckNeverReachTheTerminal() throws {
        let course = try hostileCourse()
        let data = temporaryDataDirectory()
        let base = ["--content", course.path, "--data-dir", data.path]
        // Wrong answers show everything: the answer, feedback, explanation; then l shows the lesson.
        let review = runPalpate(
            base + ["review"],
            input: ["?", "l", "b", "", "f", "", "ba", "", "2 1", "", "nothing", "", "", "3"])
        #expect(review.exitCode == .success)
        #expect(review.output.contains("Prompt mc"))
        #expect(review.output.contains("Because."))
        #expect(review.output.contains("Session: 6 cards"))
        expectNoAttack(review, "review")

        let exam = runPalpate(
            base + ["exam", "--count", "5", "--seed", "3"], input: ["b", "f", "ba", "2 1", "x"])
        #expect(exam.exitCode == .success)
        #expect(exam.output.contains("Missed questions"))
        expectNoAttack(exam, "exam")

        let read = runPalpate(base + ["read", "basics"])
        #expect(read.output.contains("a list item"))
        expectNoAttack(read, "read")
        expectNoAttack(runPalpate(base + ["read", "basics#taut-band"]), "read a section")
        expectNoAttack(runPalpate(base + ["lessons"]), "lessons")
        expectNoAttack(runPalpate(base + ["check"]), "check")
        expectNoAttack(runPalpate(base + ["read", "\u{1B}[2Jbasics"]), "read of a hostile name")
    }

    @Test func lessonLinksThatLookLikePathsAreRefusedAndNeverFollowed() throws {
        for link in [
            "../../../../etc/passwd", "/etc/passwd", "~/.ssh/id_rsa", "basics/../../x", #"..\\secret"#,
        ] {
            let course = try hostileCourse(firstLink: link)
            let check = runPalpate(["--content", course.path, "check"])
            #expect(check.exitCode == .failure, "\(link)")
            #expect(check.errorOutput.contains("looks like a file path"), "\(link): \(check.errorOutput)")
            #expect(check.errorOutput.contains("hostile.json:3:"), "\(link): \(check.errorOutput)")
            // Students never see the deck, so never follow the link.
            let review = runPalpate([
                "--content", course.path, "--data-dir", temporaryDataDirectory().path, "review",
            ])
            #expect(review.errorOutput.contains("warning: skipping"), "\(link)")
            #expect(review.errorOutput.contains("no deck could be read"), "\(link)")
            #expect(review.exitCode == .failure, "\(link)")
        }
        let course = try hostileCourse()
        for target in ["../../../../etc/passwd", "/etc/passwd", "~root"] {
            let read = runPalpate(["--content", course.path, "read", target])
            #expect(read.exitCode == .failure)
            #expect(read.errorOutput.hasPrefix("palpate: no lesson "), "\(target)")
            #expect(!read.output.contains("root:"))
        }
    }

    @Test func aLessonThatIsASymbolicLinkOutOfTheCourseIsRefused() throws {
        let course = try hostileCourse()
        let outside = course.deletingLastPathComponent().appendingPathComponent("secret.md")
        try Data("---\nid: stolen\ntitle: Secret\ntopic: S\norder: 2\nminutes: 1\n---\nprivate text\n".utf8)
            .write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: course.appendingPathComponent("Curriculum/02-stolen.md").path,
            withDestinationPath: outside.path)
        let check = runPalpate(["--content", course.path, "check"])
        #expect(check.exitCode == .failure)
        #expect(check.errorOutput.contains("02-stolen.md: error: this file is a symbolic link to"))
        let read = runPalpate(["--content", course.path, "read", "stolen"])
        #expect(read.exitCode == .failure)
        #expect(!read.output.contains("private text"))
        #expect(!runPalpate(["--content", course.path, "lessons"]).output.contains("stolen"))
    }

    /// Issue 15, finding 1: answers are logged as the text of the choice picked, so exports carry
    /// deck text; prompts and deck titles too.
    @Test func exportsOfHostileTextReachNoTerminalAndKeepTheirBytesInAPipe() throws {
        let course = try hostileCourse()
        let data = temporaryDataDirectory()
        let base = ["--content", course.path, "--data-dir", data.path]
        let review = runPalpate(
            base + ["review"], input: ["b", "", "f", "", "ba", "", "2 1", "", "nothing", "", "", "3"])
        #expect(review.exitCode == .success)
        #expect(runPalpate(base + ["config", "name", "Eve\u{202E}\u{9B}6n"]).exitCode == .success)

        for table in ["reviews", "decks", "summary"] {
            let onTerminal = runPalpate(
                base + ["report", "--format", "csv", "--table", table], terminal: true)
            #expect(onTerminal.exitCode == .success)
            expectNoAttack(onTerminal, "report csv \(table) on a terminal")
        }
        for format in ["md", "json", "html"] {
            expectNoAttack(
                runPalpate(base + ["report", "--format", format], terminal: true), "\(format) on a terminal")
        }
        expectNoAttack(runPalpate(base + ["config", "name"], terminal: true), "config name")

        // To a pipe, CSV keeps the bytes (RFC 4180 allows them) and JSON escapes them.
        let csv = runPalpate(base + ["report", "--format", "csv", "--table", "reviews"])
        #expect(csv.output.contains("Wrong\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{07}"))
        let json = runPalpate(base + ["report", "--format", "json"])
        #expect(json.output.contains(#"Wrong\u001b[2J"#))
        #expect(json.output.contains(#"\u009b6n"#))
        #expect(json.output.contains(#"Eve\u202e\u009b6n"#))
        expectNoAttack(json, "json to a pipe")
        // Markdown and HTML pages show U+FFFD where a control or bidirectional control was.
        let markdown = runPalpate(base + ["report", "--format", "md"])
        expectNoAttack(markdown, "md to a pipe")
        #expect(markdown.output.contains("Eve\u{FFFD}\u{FFFD}6n"))
        let html = runPalpate(base + ["report", "--format", "html"])
        expectNoAttack(html, "html to a pipe")

        // The class view of that report: prompts in the items table.
        let folder = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("eve.json")
        try Data(json.output.utf8).write(to: file)
        for format in ["csv", "md", "json", "html"] {
            let table = format == "csv" ? ["--table", "items"] : []
            let classView = runPalpate(
                ["class-report", file.path, "--format", format] + table, terminal: true)
            #expect(classView.exitCode == .success)
            expectNoAttack(classView, "class-report \(format) on a terminal")
        }
    }
}
