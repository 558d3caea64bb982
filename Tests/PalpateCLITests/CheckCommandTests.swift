import Foundation
import Testing

@testable import PalpateCLI

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures")

@Suite struct CheckCommandTests {
    /// Without errors; the item-writing warnings the bundled decks still trip are the content's to
    /// fix (issue 14), and are not counted here.
    @Test func bundledContentHasNoErrors() {
        let run = runPalpate(["check"])
        #expect(run.exitCode == .success)
        #expect(!run.errorOutput.contains("error:"))
        #expect(run.output.contains(" 0 errors") || run.output.hasSuffix(": no problems found\n"))
    }

    @Test func reportsEachProblemWithFileLineColumnQuestionAndField() {
        let run = runPalpate(
            ["check", "Quizzes/broken.json"], directory: fixtures.appendingPathComponent("bad-course"))
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput == """
                Quizzes/broken.json:6:46: error: question 'b1', field 'promt': unknown field 'promt'; did you mean 'prompt'?
                Quizzes/broken.json:7:50: error: question 'b1', field 'answer': answer 4 is out of range; this question has choices 0–3 (choices count from 0)
                Quizzes/broken.json:8:37: error: question 'b1', field 'lesson': the lesson 'basics' has no section '#taut-bnd'; did you mean 'basics#taut-band'?

                """)
        #expect(
            run.output
                == "checked 0 decks (0 questions; 1 more deck file not read, see the errors) and 0 lessons: "
                + "3 errors, 0 warnings\n")
    }

    @Test func jsonFormatCarriesTheSameDiagnostics() throws {
        let run = runPalpate(
            ["check", "--format", "json", "Quizzes/broken.json"],
            directory: fixtures.appendingPathComponent("bad-course"))
        #expect(run.exitCode == .failure)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 3)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let answer = try #require(diagnostics.first { $0["field"] as? String == "answer" })
        #expect(answer["line"] as? Int == 7)
        #expect(answer["column"] as? Int == 50)
        #expect(answer["question"] as? String == "b1")
        #expect(answer["severity"] as? String == "error")
    }

    @Test func aWholeFolderIsCheckedAndAMissingPathIsAnError() {
        let run = runPalpate(["check", "bad-course", "nowhere.json"], directory: fixtures)
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput.contains("nowhere.json: error: no such file or folder; check the path\n"))
        #expect(run.errorOutput.contains("bad-course/Quizzes/broken.json:7:50: error:"))
        #expect(
            run.output
                == "checked 1 deck (1 question; 1 more deck file not read, see the errors) and 1 lesson: "
                + "4 errors, 0 warnings\n")
    }

    @Test func studentCommandsSkipABrokenDeckWithOneWarning() {
        let run = runPalpate(["--content", "bad-course", "lessons"], directory: fixtures)
        #expect(run.exitCode == .success)
        #expect(
            run.errorOutput
                == "warning: skipping bad-course/Quizzes/broken.json: 3 errors; run 'palpate check bad-course/Quizzes/broken.json' for details\n"
        )
        #expect(run.output.contains("basics"))
    }

    @Test func studyingWhenNoDeckCanBeReadSaysSoAndHowToSeeWhy() {
        let data = temporaryDataDirectory()
        for command in [["today"], ["review"], ["exam"], ["cards"]] {
            let run = runPalpate(
                ["--content", "all-broken-course", "--data-dir", data.path] + command, directory: fixtures)
            #expect(run.exitCode == .failure, "\(command)")
            #expect(run.errorOutput.contains("no deck could be read"), "\(command)")
            #expect(run.errorOutput.contains("run 'palpate check'"), "\(command)")
            #expect(!run.output.contains("Due now"), "\(command)")
        }
        // Lessons need no deck: they still open.
        let lessons = runPalpate(["--content", "all-broken-course", "lessons"], directory: fixtures)
        #expect(lessons.exitCode == .success)
    }

    @Test func contentFolderThatHoldsNothingIsAClearFailure() {
        let run = runPalpate(["--content", "/nonexistent-folder", "lessons"])
        #expect(run.exitCode == .failure)
        #expect(
            run.errorOutput.contains(
                "--content points to '/nonexistent-folder', which holds neither a Curriculum/ nor a Quizzes/ folder"
            ))
    }

    @Test func environmentVariableChoosesTheContentFolder() {
        let run = runPalpate(
            ["lessons"], environment: ["PALPATE_CONTENT": fixtures.appendingPathComponent("bad-course").path],
            directory: fixtures)
        #expect(
            run.output.hasPrefix("ID      TITLE   TOPIC         TIME\nbasics  Basics  Foundations  5 min\n"))
    }

    /// Reports count a misconception id as one belief across decks, in the first deck's words, so
    /// named deck files that word a shared id differently are warned (and fail with --strict).
    @Test func namedDeckFilesThatWordASharedMisconceptionDifferentlyAreWarned() throws {
        let root = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        func deck(_ id: String, _ wording: String) -> String {
            #"{"format": 1, "id": "\#(id)", "title": "T","#
                + #" "misconceptions": [{"id": "more-pressure-better", "text": "\#(wording)"}], "questions": ["#
                + #"{"id": "\#(id)-q", "type": "multiple-choice", "prompt": "Prompt for \#(id)?","#
                + #" "choices": [{"text": "Ease off", "feedback": "Yes."}, {"text": "Press harder","#
                + #" "feedback": "No.", "misconception": "more-pressure-better"}], "answer": 0,"#
                + #" "explanation": "Because."}]}"#
        }
        try Data(deck("deck-a", "Harder is better.").utf8).write(to: root.appendingPathComponent("a.json"))
        try Data(deck("deck-b", "More pressure, faster release.").utf8).write(
            to: root.appendingPathComponent("b.json"))
        let run = runPalpate(["check", "a.json", "b.json"], directory: root)
        #expect(run.exitCode == .success)
        #expect(
            run.errorOutput.contains(
                "b.json:1:21: warning: misconception 'more-pressure-better' is worded differently in deck "
                    + "'deck-a' (a.json)"))
        #expect(!run.errorOutput.contains("a.json:1:21: warning: misconception"))
        #expect(runPalpate(["check", "--strict", "a.json", "b.json"], directory: root).exitCode == .failure)
    }

    /// Issue 15, finding 3: a multi-megabyte bad value was compared with every allowed name and
    /// Deck files named on the command line are checked against each other as a course is: a
    /// question id (or deck id) used in two of them is an error, not only a "same words" warning.
    @Test func namedDeckFilesAreCheckedForIDsAcrossDecks() throws {
        let root = temporaryDataDirectory()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        func deck(_ id: String, _ questionIDs: [String]) -> String {
            let questions = questionIDs.map {
                #"{"id": "\#($0)", "type": "flashcard", "prompt": "Prompt \#($0)?", "back": "Back \#($0).", "#
                    + #""explanation": "Because \#($0)."}"#
            }
            return #"{"format": 1, "id": "\#(id)", "title": "T", "questions": [\#n"#
                + questions.joined(separator: ",\n") + "\n]}"
        }
        try Data(deck("deck-a", ["a1", "shared"]).utf8).write(to: root.appendingPathComponent("a.json"))
        try Data(deck("deck-b", ["b1", "shared"]).utf8).write(to: root.appendingPathComponent("b.json"))
        try Data(deck("deck-a", ["c1"]).utf8).write(to: root.appendingPathComponent("c.json"))
        let both = runPalpate(["check", "a.json", "b.json", "c.json"], directory: root)
        #expect(both.exitCode == .failure)
        #expect(
            both.errorOutput.contains(
                "b.json:3:8: error: question 'shared': the id is already used in deck 'deck-a' (a.json:3:8); "
                    + "question ids must be unique across decks"))
        #expect(
            both.errorOutput.contains(
                "c.json:1:21: error: the deck id 'deck-a' is already used by a.json; deck ids must be unique")
        )
        #expect(runPalpate(["check", "b.json"], directory: root).exitCode == .success)
    }

    /// printed whole (8 MB took `check` 9.8 s). Messages now quote 60 characters of it.
    @Test func hugeBadValuesGiveShortMessages() throws {
        let huge = String(repeating: "x", count: 3_000_000)
        let root = temporaryDataDirectory()
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Curriculum"), withIntermediateDirectories: true)
        let lesson = "---\nid: basics\ntitle: B\ntopic: T\norder: 1\nminutes: 5\n\(huge): v\n---\nText\n"
        try Data(lesson.utf8).write(to: root.appendingPathComponent("Curriculum/01-basics.md"))
        func question(_ id: String, _ type: String, lesson: String = "basics", extra: String = "") -> String {
            #"{"id": "\#(id)", "type": "\#(type)", "prompt": "p", "back": "b", "explanation": "e", "#
                + #""lesson": "\#(lesson)", "tags": ["t"]\#(extra)}"#
        }
        let questions = [
            question("q1", huge), question("q2", "flashcard", extra: #", "\#(huge)": 1"#),
            question("q3", "flashcard", lesson: huge), question(huge, "flashcard"),
            question("q5", "flashcard", extra: #", "\#(huge)\u001b": 1"#),
        ]
        let deck =
            #"{"format": 1, "id": "d", "title": "T", "questions": ["# + questions.joined(separator: ",")
            + "]}"
        try Data(deck.utf8).write(to: root.appendingPathComponent("Quizzes/d.json"))
        for format in ["text", "json"] {
            let run = runPalpate(["--content", root.path, "check", "--format", format])
            #expect(run.exitCode == .failure)
            #expect(run.output.utf8.count + run.errorOutput.utf8.count < 10_000, "\(format)")
            #expect((run.output + run.errorOutput).contains("xxx…"), "\(format)")
        }
        let text = runPalpate(["--content", root.path, "check"]).errorOutput
        #expect(text.contains("unknown question type 'xxxx"))
        #expect(text.contains("unknown header key 'xxxx"))
        #expect(text.contains("unknown field 'xxxx"))
        #expect(text.contains("the lesson link 'xxxx"))
        #expect(text.contains("is not a valid id"))
        let review = runPalpate(
            ["--content", root.path, "--data-dir", temporaryDataDirectory().path, "today"])
        #expect(review.output.utf8.count + review.errorOutput.utf8.count < 2_000)
    }
}

@Suite struct CheckCommandStrictTests {
    private let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/cue-course")

    @Test func warningsPassWithoutStrictAndFailWithIt() {
        let warning =
            "Quizzes/cues.json:13:9: warning: question 'band', field 'choices[2]': \"All of the above\" is a "
            + "choice students learn to pick (or rule out) without knowing the content; write a distractor of "
            + "its own instead\n"
        let plain = runPalpate(["check"], directory: course)
        #expect(plain.exitCode == .success)
        #expect(plain.errorOutput == warning)
        #expect(plain.output == "checked 1 deck (1 question) and 1 lesson: 0 errors, 1 warning\n")
        let strict = runPalpate(["check", "--strict", "Quizzes/cues.json"], directory: course)
        #expect(strict.exitCode == .failure)
        #expect(strict.errorOutput == warning.replacingOccurrences(of: " warning: ", with: " error: "))
        #expect(strict.output == "checked 1 deck (1 question) and 0 lessons: 1 error, 0 warnings\n")
    }
}

@Suite struct ClientCasesDeckTests {
    /// The bundled client-case deck is held to every lint, warnings included.
    @Test func theClientCaseDeckPassesStrict() {
        let run = runPalpate(["check", "--strict", "Quizzes/client-cases.json"])
        #expect(run.exitCode == .success)
        #expect(run.errorOutput == "")
        #expect(run.output.hasSuffix(": no problems found\n"))
    }
}
