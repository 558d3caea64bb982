import Content
import Decks
import Foundation
import Progress
import Scheduling
import Testing

@testable import PalpateCLI

@Suite struct ExamSessionTests {
    /// The exam the command will set for `seed`, so the test knows the right answers.
    static func plan(seed: UInt64, count: Int) -> ExamPlan {
        let library = ContentLibrary.load(root: studyCourse, displayBase: studyCourse)
        var generator = SplitMix64(seed: seed)
        return ExamPlan.make(decks: library.decks, tags: [], count: count, using: &generator)
    }

    static func answer(_ item: ExamPlan.Item, correctly: Bool) -> String {
        let shown = item.presentation
        switch item.question.kind {
        case .multipleChoice(_, let correct, _):
            let right = Presentation.letter(shown.order.firstIndex(of: correct[0])!)
            let all = correct.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }.sorted()
            return correctly ? all.joined(separator: ",") : (right == "a" ? "b" : "a")
        case .trueFalse(let answer): return (answer == correctly) ? "t" : "f"
        case .matching(let pairs):
            let letters = pairs.indices.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }
            return correctly ? letters.joined() : letters.reversed().joined()
        case .ordering(let steps):
            let numbers = steps.indices.map { String(shown.order.firstIndex(of: $0)! + 1) }
            return (correctly ? numbers : numbers.reversed()).joined(separator: " ")
        case .shortAnswer(let accepted): return correctly ? accepted[0] : "nothing like it"
        case .cloze: return correctly ? AnswerText.key(of: item.question)! : "nothing like it"
        case .flashcard: return ""
        case .region: return "1"  // the study course has none; RegionQuestionFlowTests answers them
        }
    }

    @Test func allRightPassesAndIsRecordedWithoutMovingTheSchedule() throws {
        let student = Student()
        let exam = Self.plan(seed: 7, count: 5)
        #expect(exam.items.count == 5)
        #expect(!exam.items.contains { $0.question.type.isSelfGraded })
        let run = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "7",
                "--count", "5",
            ],
            input: exam.items.map { Self.answer($0, correctly: true) })
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Score: 5/5 (100%) — PASS"))
        #expect(!run.output.contains("✓"))
        let store = try student.store()
        #expect(try store.cardStates().isEmpty)
        let sessions = try store.sessions(in: Date.distantPast..<Date.distantFuture)
        #expect(sessions.count == 1)
        #expect(sessions[0].kind == .exam)
        #expect(sessions[0].score == 1)
        #expect(sessions[0].passed == true)
        #expect(try store.examAnswers(sessionID: sessions[0].id).count == 5)
    }

    /// Asked for more questions than match, the exam says how many it has before it starts.
    @Test func anExamWithFewerQuestionsThanAskedSaysSo() throws {
        let student = Student()
        let available = Self.plan(seed: 3, count: 1_000).items.count
        let run = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "3",
                "--count", "1000",
            ],
            input: ["q"])
        #expect(
            run.output.contains(
                "Only \(available) questions match of the 1000 asked for; fewer --deck or --tag filters give\nmore."
            ))
        #expect(run.output.contains("Practice exam: \(available) questions"))
        let exact = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", Student().data.path, "exam", "--seed", "3",
                "--count", "2",
            ],
            input: ["q"])
        #expect(!exact.output.contains("Only "))
    }

    @Test func missedQuestionsAreListedWithAnswersAndTheLessonToReread() throws {
        let student = Student()
        let exam = Self.plan(seed: 11, count: 4)
        let input = exam.items.enumerated().map { Self.answer($1, correctly: $0 != 0) }
        let run = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "11",
                "--count", "4", "--pass", "80",
            ],
            input: input)
        #expect(run.output.contains("Score: 3/4 (75%) — FAIL (pass mark 80%"))
        #expect(run.output.contains("Missed questions"))
        #expect(run.output.contains("Reread: palpate read \(exam.items[0].question.lesson)"))
        #expect(run.output.contains("By deck\n  mini"))
        // The answer given stands beside the right one, in the author's terms (not a letter).
        let missed = exam.items[0]
        let given = try #require(
            AnswerText.canonical(input[0], question: missed.question, presentation: missed.presentation))
        #expect(run.output.contains("Your answer: \(given)\nRight answer:"))
    }

    @Test func oneKeyQuestionsTakeAKeyOnATerminal() throws {
        let student = Student()
        let exam = Self.plan(seed: 7, count: 5)
        let keys = ScriptedKeys(exam.items.map { Self.answer($0, correctly: true) })
        let run = runWithKeys(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "7",
                "--count", "5",
            ], keys: keys, now: Date(timeIntervalSince1970: 1_767_258_000))
        #expect(run.output.contains("Score: 5/5 (100%) — PASS"))
        #expect(keys.keyReads == exam.items.count { $0.question.answersWithOneKey })
        #expect(keys.keyReads > 0)
    }

    @Test func quittingEarlyCountsUnansweredAsWrong() throws {
        let student = Student()
        let exam = Self.plan(seed: 3, count: 5)
        let run = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "3",
                "--count", "5",
            ],
            input: [Self.answer(exam.items[0], correctly: true), "nonsense-for-a-list", "q"])
        #expect(run.output.contains("Score: 1/5 (20%) — FAIL"))
        #expect(run.output.contains("Your answer: (not answered)"))
        let sessions = try student.store().sessions(in: Date.distantPast..<Date.distantFuture)
        #expect(sessions.first?.score == 0.2)
    }

    /// An exam left before its first answer is no result: a 0% "failed" exam pulled the
    /// student's exam trend down and reached the instructor's report as a decline.
    @Test func anExamWithNoAnswerIsNotRecorded() throws {
        let student = Student()
        let arguments = [
            "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "3", "--count",
            "5",
        ]
        let closed = runPalpate(arguments, input: [])
        #expect(closed.exitCode == .failure)
        #expect(closed.errorOutput.contains("the input ended before the first answer"))
        #expect(closed.errorOutput.contains("this exam is not recorded"))
        #expect(!closed.output.contains("Score:"))
        let quit = runPalpate(arguments, input: ["?", "q"])
        #expect(quit.exitCode == .success)
        #expect(quit.output.contains("No question was answered, so this exam is not recorded."))
        #expect(try student.store().sessions(in: Date.distantPast..<Date.distantFuture).isEmpty)
    }

    @Test func unknownTagIsAUsageErrorWithASuggestion() {
        let run = runPalpate([
            "--content", studyCourse.path, "--data-dir", Student().data.path, "exam", "--tag", "featurs",
        ])
        #expect(run.exitCode == .usage)
        #expect(run.errorOutput.contains("did you mean 'features'?"))
    }
}

@Suite struct BlueprintExamCommandTests {
    @Test func aBlueprintExamShowsEachAreaWithItsBandAndRecordsIt() throws {
        let student = Student()
        let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)
        var generator = SplitMix64(seed: 11)
        let blueprint = try #require(library.blueprint)
        let exam = ExamPlan.make(
            decks: library.decks, blueprint: blueprint, tags: [], count: 14, using: &generator)
        #expect(exam.items.count == 14)
        let run = runPalpate(
            [
                "--content", packageRoot.path, "--data-dir", student.data.path, "exam", "--blueprint",
                "--seed",
                "11", "--count", "14",
            ],
            input: exam.items.map { ExamSessionTests.answer($0, correctly: true) })
        #expect(run.exitCode == .success)
        #expect(run.output.contains("sit the same exam again with --blueprint --seed 11"))
        #expect(run.output.contains("Score: 14/14 (100%) — PASS"))
        #expect(run.output.contains("By content area (MBLEx)"))
        #expect(run.output.contains("Kinesiology"))
        #expect(run.output.contains("100%  good"))
        let store = try student.store()
        let sessions = try store.sessions(in: Date.distantPast..<Date.distantFuture)
        let details = try #require(sessions.first?.details)
        #expect(details.contains("\"blueprint\":true"))
        #expect(details.contains("\"by_area\":[{\"area\":\"anatomy-physiology\""))
        #expect(details.contains("\"band\":\"good\""))
    }

    @Test func withoutABlueprintTheCommandSaysWhy() {
        let student = Student()
        let run = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--blueprint"], input: []
        )
        #expect(run.exitCode == .failure)
        #expect(run.errorOutput.contains("this course has no exam blueprint (Quizzes/blueprint.json)"))
    }
}
