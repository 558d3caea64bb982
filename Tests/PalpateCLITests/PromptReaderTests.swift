import Content
import Decks
import Foundation
import Progress
import Scheduling
import Testing

@testable import PalpateCLI

@Suite struct PromptReaderTests {
    @Test func plainLinesPassAndJunkIsRefusedWithAReason() {
        #expect(PromptReader.problem(with: "a,c") == nil)
        #expect(PromptReader.problem(with: "1b\t2c 3a") == nil)
        #expect(PromptReader.problem(with: "latent trigger point é→") == nil)
        #expect(PromptReader.problem(with: "") == nil)
        #expect(PromptReader.problem(with: String(repeating: "x", count: 1_000)) == nil)
        #expect(
            PromptReader.problem(with: String(repeating: "x", count: 1_001))?.contains("1001 characters")
                == true)
        #expect(PromptReader.problem(with: "caf\u{FFFD}")?.contains("not UTF-8") == true)
        for junk in ["\u{1B}[A", "b\u{1B}[2J", "\u{00}", "\u{7F}", "\u{9B}", "\u{202E}x", "a\rb"] {
            #expect(
                PromptReader.problem(with: junk)?.contains("control keys") == true, "\(junk.debugDescription)"
            )
        }
    }

    @Test func junkAtEveryReviewPromptIsAskedAgainNeverGradedNorEchoed() throws {
        let student = Student()
        let now = studyMorning
        let input =
            junkLines + [""] + [try student.correctAnswer("mc", at: now)] + junkLines + [""]
            + [try student.correctAnswer("tf", at: now) + "\r", ""]
            + [try student.correctAnswer("match", at: now), ""]
            + [try student.correctAnswer("order", at: now), ""]
            + junkLines + ["", "q"]
        let run = student.review(input, at: now)
        #expect(run.exitCode == .success)
        expectPlainText(run.output, "the review's output")
        expectPlainText(run.errorOutput, "the review's errors")
        #expect(!run.output.contains("owned"))
        #expect(
            run.output.replacingOccurrences(of: "\n  ", with: " ").components(
                separatedBy: "Type your answer again."
            )
            .count - 1 == 3 * junkLines.count)
        #expect(run.output.contains("Session: 4 cards, 4 right (100%)"))
        let store = try student.store()
        for id in ["mc", "tf", "match", "order"] {
            #expect(try store.reviews(ofCard: "mini/\(id)").map(\.correct) == [true], "\(id)")
        }
        #expect(try store.reviews(ofCard: "mini/short").isEmpty)
        #expect(try store.cardState(id: "mini/short") == nil)
    }

    @Test func junkAtExamPromptsIsAskedAgainNeverGraded() throws {
        let student = Student()
        let library = ContentLibrary.load(root: studyCourse, displayBase: studyCourse)
        var generator = SplitMix64(seed: 7)
        let exam = ExamPlan.make(decks: library.decks, tags: [], count: 5, using: &generator)
        var input: [String] = []
        for item in exam.items {
            input += junkLines
            input.append(try student.correctExamAnswer(item))
        }
        let run = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "exam", "--seed", "7",
                "--count", "5",
            ],
            input: input)
        #expect(run.exitCode == .success)
        expectPlainText(run.output, "the exam's output")
        #expect(run.output.contains("Score: 5/5 (100%) — PASS"))
        let store = try student.store()
        let session = try #require(try store.sessions(in: Date.distantPast..<Date.distantFuture).last)
        #expect(
            try store.examAnswers(sessionID: session.id).map(\.correct) == [true, true, true, true, true])
    }
}

extension Student {
    /// The right answer to an exam item as it is shown.
    func correctExamAnswer(_ item: ExamPlan.Item) throws -> String {
        let shown = item.presentation
        switch item.question.kind {
        case .multipleChoice(_, let correct, _):
            return correct.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }.joined(separator: ",")
        case .trueFalse(let answer): return answer ? "t" : "f"
        case .matching(let pairs):
            return pairs.indices.map { Presentation.letter(shown.order.firstIndex(of: $0)!) }.joined()
        case .ordering(let steps):
            return steps.indices.map { String(shown.order.firstIndex(of: $0)! + 1) }.joined(separator: " ")
        case .shortAnswer(let accepted): return accepted[0]
        case .cloze: return AnswerText.key(of: item.question)!
        case .flashcard: return ""
        case .region: return ""  // the study course has none; RegionQuestionFlowTests answers them
        }
    }
}
