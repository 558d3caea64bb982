import Content
import Decks
import Foundation
import Scheduling
import Testing

@testable import PalpateCLI

@Suite struct ExamCaseTests {
    private let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/case-course")

    private func plan(seed: UInt64) -> ExamPlan {
        let library = ContentLibrary.load(root: course, displayBase: course)
        var generator = SplitMix64(seed: seed)
        return ExamPlan.make(decks: library.decks, tags: [], count: 4, using: &generator)
    }

    @Test func aCaseIsAskedInOrderAfterItsScenarioAndScoredAsAWhole() throws {
        let student = Student()
        let exam = plan(seed: 5)
        let ids = exam.items.map(\.question.id)
        let start = try #require(ids.firstIndex(of: "sn-intake"))
        #expect(Array(ids[start..<start + 3]) == ["sn-intake", "sn-band", "sn-after"])
        // A skip on a case step is refused and asked again; then every answer is right but the
        // case's last step.
        var input: [String] = []
        for item in exam.items {
            if item.question.id == "sn-intake" { input.append("s") }
            input.append(ExamSessionTests.answer(item, correctly: item.question.id != "sn-after"))
        }
        let run = runPalpate(
            [
                "--content", course.path, "--data-dir", student.data.path, "exam", "--seed", "5", "--count",
                "4",
            ],
            input: input)
        #expect(run.exitCode == .success)
        #expect(
            run.output.contains(
                "Case: The stiff neck (3 questions, in order)\nSam, 40, woke with a stiff neck."))
        #expect(run.output.contains("The steps of a case are answered in order; answer this one."))
        #expect(run.output.contains("Score: 3/4 (75%)"))
        #expect(run.output.contains("By case (steps right)\n  The stiff neck"))
        #expect(run.output.contains("2/3"))
    }
}
