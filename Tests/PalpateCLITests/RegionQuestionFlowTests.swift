import BodyMaps
import Decks
import Foundation
import Progress
import Testing

@testable import PalpateCLI

/// A course of two region questions, made in a temporary folder with the bundled body model, so
/// review and exam sessions can be driven through the app as a student drives them.
struct RegionCourse {
    let root: URL
    let data = temporaryDataDirectory()
    let model: BodyModel

    init() throws {
        root = temporaryDataDirectory()
        let body = root.appendingPathComponent("Curriculum/body")
        try FileManager.default.createDirectory(at: body, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        for name in ["body-model.json", "patterns.json"] {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent("Curriculum/body/\(name)"),
                to: body.appendingPathComponent(name))
        }
        try Data(
            """
            ---
            id: legs
            title: Legs
            topic: Test
            order: 1
            minutes: 5
            ---
            # Legs

            ## Soleus {#soleus}

            The heel and the calf.

            ## Rectus femoris {#rectus-femoris}

            The knee.
            """.utf8
        ).write(to: root.appendingPathComponent("Curriculum/01-legs.md"))
        try Data(
            """
            {"format": 1, "id": "maps", "title": "Maps", "questions": [
            {"id": "soleus-map", "type": "region", "prompt": "Where does the soleus refer?", "views": ["back"],
             "muscle": "soleus", "answer": ["heel", "achilles", "upper-calf"], "spillover": ["sacroiliac"],
             "explanation": "Heel, Achilles tendon and upper calf.", "lesson": "legs#soleus"},
            {"id": "knee-map", "type": "region", "prompt": "Where does the rectus femoris refer?", "views": ["front"],
             "muscle": "rectus-femoris", "answer": ["front-of-knee"], "spillover": ["front-of-thigh"],
             "explanation": "The front of the knee.", "lesson": "legs#rectus-femoris"}
            ]}
            """.utf8
        ).write(to: root.appendingPathComponent("Quizzes/maps.json"))
        let loaded = ReferralAtlasLoader.load(
            folder: body, displayPrefix: "Curriculum/body/", lessons: nil)
        model = try #require(loaded.atlas).model
    }

    /// The numbers of `names` on the board of a right-side question of `view`, as typed.
    func numbers(_ names: [String], view: String) throws -> String {
        let board = RegionBoard(model: model, views: [view], side: .right)
        return try names.map { String(try #require(board.number(of: $0))) }.joined(separator: " ")
    }

    func run(_ arguments: [String], input: [String], width: Int = 80, terminal: Bool = false) -> CLIRun {
        runPalpate(
            ["--content", root.path, "--data-dir", data.path] + arguments, input: input, terminal: terminal,
            width: width)
    }

    func store() throws -> ProgressStore {
        try ProgressStore.open(directory: data, now: fixedNow, timeZone: .gmt, makeDailyBackup: false)
    }
}

@Suite struct RegionQuestionFlowTests {
    @Test func reviewShowsTheNumberedBoardAndGradesWithPartialCredit() throws {
        let course = try RegionCourse()
        let partly = try course.numbers(["heel", "achilles", "sacroiliac"], view: "back")
        let run = course.run(["review", "--limit", "1"], input: ["heel", partly, ""])
        #expect(run.exitCode == .success)
        // The board: numbers on the map and the list of regions.
        #expect(run.output.contains("Where does the soleus refer?"))
        #expect(run.output.contains("Back and underside of the heel"))
        #expect(run.output.contains("Answer with the region numbers, e.g. 3 7 12"))
        // A name is not a number: asked again, nothing graded.
        #expect(run.output.contains("? 'heel' is not a region number"))
        // Two of three essential regions, the spillover neutral: 67%, not right, rated Again.
        #expect(run.output.contains("✗ Not quite"))
        #expect(run.output.contains("Credit 67%: 2 of 3 essential regions found, 0 wrong picks"))
        #expect(run.output.contains("Missed: \(try course.numbers(["upper-calf"], view: "back")) Upper calf"))
        #expect(run.output.contains("Spillover (neither required nor wrong): "))
        #expect(run.output.contains("Your answer"))
        #expect(run.output.contains("The answer"))
        #expect(run.output.contains("Enter to continue (rated Again)"))
        let log = try course.store().reviews(ofCard: "maps/soleus-map")
        #expect(log.map(\.answer) == ["heel + achilles + sacroiliac"])
        #expect(log.map(\.correct) == [false])
    }

    @Test func everyEssentialRegionIsRightAndMapsSitSideBySideWhenWide() throws {
        let course = try RegionCourse()
        let all = try course.numbers(["achilles", "heel", "upper-calf"], view: "back")
        let colour = course.run(["review", "--limit", "1"], input: [all, ""], width: 120, terminal: true)
        #expect(colour.output.contains("\u{1B}[48;5;34m"))  // found regions in green
        let run = CLIRun(
            exitCode: colour.exitCode, output: withoutStyle(colour.output), errorOutput: colour.errorOutput)
        #expect(run.output.contains("✓ Correct"))
        #expect(run.output.contains("Credit 100%: 3 of 3 essential regions found, 0 wrong picks"))
        // At 120 columns the two maps share their lines.
        #expect(
            run.output.split(separator: "\n").contains {
                $0.contains("Your answer") && $0.contains("The answer")
            })
        #expect(try course.store().reviews(ofCard: "maps/soleus-map").map(\.correct) == [true])
    }

    @Test func narrowMapsComeOneAfterTheOther() throws {
        let course = try RegionCourse()
        let run = course.run(["review", "--limit", "1"], input: ["1", ""], width: 60)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(!lines.contains { $0.contains("Your answer") && $0.contains("The answer") })
        #expect(lines.contains("Your answer") && lines.contains("The answer"))
    }

    @Test func undoTakesARegionAnswerBack() throws {
        let course = try RegionCourse()
        let right = try course.numbers(["heel", "achilles", "upper-calf"], view: "back")
        let run = course.run(["review", "--limit", "1"], input: [right, "u", "q"])
        #expect(run.output.contains("Taken back: this card comes back later in the session."))
        #expect(try course.store().reviews(ofCard: "maps/soleus-map").isEmpty)
    }

    @Test func closedInputAtTheBoardLosesNothing() throws {
        let course = try RegionCourse()
        let run = course.run(["review"], input: [])
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput.contains("the input ended before the first answer; nothing was recorded"))
        #expect(try course.store().reviews(ofCard: "maps/soleus-map").isEmpty)
    }

    @Test func onATerminalTheNumbersAreATypedLineAndTheRatingOneKey() throws {
        let course = try RegionCourse()
        let right = try course.numbers(["heel", "achilles", "upper-calf"], view: "back")
        let run = runWithKeys(
            ["--content", course.root.path, "--data-dir", course.data.path, "review"],
            keys: ScriptedKeys([right, "", "q"]), now: fixedNow)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Credit 100%: 3 of 3 essential regions found, 0 wrong picks"))
        #expect(try course.store().reviews(ofCard: "maps/soleus-map").map(\.rating) == [.good])
    }

    @Test func withoutTheBodyModelTheQuestionSaysSoAndCanBeSkipped() throws {
        let course = try RegionCourse()
        try FileManager.default.removeItem(at: course.root.appendingPathComponent("Curriculum/body"))
        let run = course.run(["review", "--limit", "1"], input: ["3", "s"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("The body map for this question cannot be drawn"))
        #expect(
            run.output.contains(
                "? this question's body map cannot be shown; skip it (s) and run 'palpate check'"))
        #expect(try course.store().reviews(ofCard: "maps/soleus-map").isEmpty)
    }

    @Test func examCountsPartialCreditAndKeepsTheRegionsNames() throws {
        let course = try RegionCourse()
        // The exam's order comes from its seed; answer each question by what it asks.
        // Input that ends at once shows the first question (and records nothing).
        let probe = course.run(["exam", "--seed", "3", "--count", "2"], input: [])
        let first = try #require(probe.output.range(of: "Question 1 of 2"))
        let soleusFirst = probe.output[first.upperBound...].contains("soleus")
        let soleus = try course.numbers(["heel", "achilles"], view: "back")  // 2 of 3: credit 2/3
        let knee = try course.numbers(["front-of-knee", "front-of-thigh"], view: "front")  // right
        let second = RegionCourse.Copy(of: course)
        let run = second.run(
            ["exam", "--seed", "3", "--count", "2"], input: soleusFirst ? [soleus, knee] : [knee, soleus])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Score: 1.7/2 (83%) — PASS"))
        #expect(run.output.contains("(credit 67%)"))
        let store = try second.store()
        let session = try #require(try store.sessions(in: Date.distantPast..<Date.distantFuture).first)
        #expect(abs((session.score ?? 0) - 5.0 / 6) < 1e-9)
        let answers = try store.examAnswers(sessionID: session.id)
        #expect(Set(answers.map(\.answer)) == ["heel + achilles", "front-of-knee + front-of-thigh"])
        #expect(answers.map(\.correct).sorted { !$0 && $1 } == [false, true])
        // The report's item rows name the wrong answer by its regions.
        let report = second.run(["report", "--format", "json"], input: [])
        #expect(report.output.contains("\"type\": \"region\""))
        #expect(report.output.contains("heel + achilles"))
        // The exam's row counts the partial credit, as its score does.
        #expect(
            second.run(["report", "--format", "md"], input: []).output.contains("| 1.7/2 (83%) | pass |"))
    }
}

/// Text as it reads on screen: the colour and weight sequences taken out.
func withoutStyle(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
        if inEscape {
            if scalar == "m" { inEscape = false }
        } else if scalar == "\u{1B}" {
            inEscape = true
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

extension RegionCourse {
    /// The same course with a fresh progress folder.
    struct Copy {
        let course: RegionCourse
        let data = temporaryDataDirectory()

        init(of course: RegionCourse) { self.course = course }

        func run(_ arguments: [String], input: [String]) -> CLIRun {
            runPalpate(["--content", course.root.path, "--data-dir", data.path] + arguments, input: input)
        }

        func store() throws -> ProgressStore {
            try ProgressStore.open(directory: data, now: fixedNow, timeZone: .gmt, makeDailyBackup: false)
        }
    }
}

@Suite struct RegionQuestionViewTests {
    /// A session without region questions never reads the maps; one with several reads them once.
    @Test func theBodyModelIsReadAtTheFirstBoardAndOnlyOnce() {
        var reads = 0
        let view = RegionQuestionView(
            loadingModel: {
                reads += 1
                return nil
            }, mapWidth: 80, style: TerminalStyle(enabled: false))
        #expect(reads == 0)
        let answer = RegionAnswer(views: ["back"], essential: ["heel"])
        #expect(view.board(for: answer) == nil)
        #expect(view.board(for: answer) == nil)
        #expect(reads == 1)
    }
}
