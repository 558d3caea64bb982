import Curriculum
import Testing

@testable import Decks

/// A seeded generator for the tests (xorshift).
private struct TestGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

@Suite struct ExamPlanTests {
    private func question(_ id: String) -> Question {
        Question(
            id: id, kind: .trueFalse(answer: true), prompt: "Prompt \(id)", explanation: "Because.",
            lesson: LessonLink(lessonID: "safety", anchor: nil))
    }

    private func deck(cases: [ClientCase]) -> Deck {
        Deck(
            id: "d", title: "D", file: "d.json",
            questions: ["a", "b", "c", "intake", "flags", "aftercare", "e", "f"].map(question), cases: cases)
    }

    private let chain = ClientCase(
        id: "desk", title: "Desk worker", scenario: "A client.", steps: ["intake", "flags", "aftercare"])

    @Test func aCaseIsAskedWholeAndInOrder() {
        for seed in 1...20 {
            var generator = TestGenerator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
            let plan = ExamPlan.make(decks: [deck(cases: [chain])], tags: [], count: 8, using: &generator)
            let ids = plan.items.map(\.question.id)
            let start = ids.firstIndex(of: "intake") ?? -1
            #expect(start >= 0, "seed \(seed)")
            if start >= 0 {
                #expect(Array(ids[start..<start + 3]) == ["intake", "flags", "aftercare"], "seed \(seed)")
                #expect(plan.items[start].startsCase(after: start > 0 ? plan.items[start - 1] : nil))
                #expect(!plan.items[start + 1].startsCase(after: plan.items[start]))
            }
            #expect(plan.items.filter { $0.clientCase != nil }.count == 3)
        }
    }

    @Test func aCaseThatDoesNotFitIsLeftOut() {
        for seed in 1...20 {
            var generator = TestGenerator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
            let plan = ExamPlan.make(decks: [deck(cases: [chain])], tags: [], count: 2, using: &generator)
            #expect(plan.items.count == 2)
            #expect(plan.items.allSatisfy { $0.clientCase == nil })
        }
    }

    /// Exams taken before cases existed are replayed from their seed: without cases, the draw is
    /// the shuffled pool's first `count`, as it always was.
    @Test func aDeckWithoutCasesIsDrawnAsBefore() {
        var generator = TestGenerator(state: 42)
        let plan = ExamPlan.make(decks: [deck(cases: [])], tags: [], count: 5, using: &generator)
        var replay = TestGenerator(state: 42)
        var pool = deck(cases: []).questions.map(\.id)
        pool.shuffle(using: &replay)
        #expect(plan.items.map(\.question.id) == Array(pool.prefix(5)))
    }

    @Test func theResultScoresEachCaseAsAWhole() {
        var generator = TestGenerator(state: 7)
        let plan = ExamPlan.make(decks: [deck(cases: [chain])], tags: [], count: 8, using: &generator)
        let answers = plan.items.map { item -> Bool? in item.question.id == "flags" ? false : true }
        let result = ExamResult(plan: plan, answers: answers, passMark: 0.7)
        #expect(result.byCase == [ExamResult.Tally(name: "Desk worker", correct: 2, total: 3)])
        #expect(result.correct == 7)
    }
}

@Suite struct ExamPartialCreditTests {
    /// A region answer's partial credit counts in the score; a right answer counts 1 whatever
    /// credit is given, and an unanswered one 0.
    @Test func partialCreditCountsInTheScoreButNotAsRight() {
        var generator = TestGenerator(state: 7)
        let questions = ["a", "b", "c", "d"].map {
            Question(
                id: $0, kind: .trueFalse(answer: true), prompt: "P \($0)", explanation: "E", lesson: .unlinked
            )
        }
        let deck = Deck(id: "d", title: "D", file: "d.json", questions: questions, cases: [])
        let plan = ExamPlan.make(decks: [deck], tags: [], count: 4, using: &generator)
        let result = ExamResult(
            plan: plan, answers: [true, false, false, nil], passMark: 0.5, credits: [nil, 2.0 / 3, nil, nil])
        #expect(result.correct == 1)
        #expect(abs(result.points - 5.0 / 3) < 1e-9)
        #expect(abs(result.score - 5.0 / 12) < 1e-9)
        #expect(!result.passed)
        #expect(result.missed.count == 3)
        #expect(ExamResult(plan: plan, answers: [true, true, false, nil], passMark: 0.5).points == 2)
        // The deck's breakdown counts the same marks as the score above it.
        #expect(result.byDeck.count == 1)
        #expect(result.byDeck[0].correct == 1)
        #expect(abs(result.byDeck[0].points - 5.0 / 3) < 1e-9)
        #expect(abs(result.byDeck[0].fraction - result.score) < 1e-9)
        #expect(ExamResult.marks(result.byDeck[0].points, outOf: result.byDeck[0].total) == "1.7/4")
    }
}
