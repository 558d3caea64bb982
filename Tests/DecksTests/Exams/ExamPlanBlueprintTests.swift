import Curriculum
import Testing

@testable import Decks

/// A seeded generator for the tests (SplitMix64).
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ExamPlanBlueprintTests {
    private func question(_ id: String, area: String?) -> Question {
        Question(
            id: id, kind: .trueFalse(answer: true), prompt: "Prompt \(id)", explanation: "Because.",
            lesson: LessonLink(lessonID: "safety", anchor: nil), area: area)
    }

    private let blueprint = Blueprint(
        name: "Test",
        areas: [
            .init(id: "ethics", title: "Ethics", weight: 50),
            .init(id: "pathology", title: "Pathology", weight: 30),
            .init(id: "kinesiology", title: "Kinesiology", weight: 20),
        ])

    private var decks: [Deck] {
        let ethics = (1...20).map { question("e\($0)", area: "ethics") }
        let pathology = (1...20).map { question("p\($0)", area: "pathology") }
        let kinesiology = (1...2).map { question("k\($0)", area: "kinesiology") }
        let loose = [question("x1", area: nil), question("x2", area: "unknown")]
        let chain = ClientCase(id: "c", title: "Case", scenario: "A client.", steps: ["c1", "c2", "c3"])
        let cases = Deck(
            id: "cases", title: "Cases", file: "c.json",
            questions: ["c1", "c2", "c3"].map { question($0, area: "ethics") }, cases: [chain])
        return [
            Deck(id: "d", title: "D", file: "d.json", questions: ethics + pathology + kinesiology + loose),
            cases,
        ]
    }

    @Test func questionsFollowTheWeights() {
        for seed in 1...20 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let plan = ExamPlan.make(
                decks: decks, blueprint: blueprint, tags: [], count: 10, using: &generator)
            let areas = plan.items.map { $0.question.area ?? "none" }
            #expect(areas.count { $0 == "ethics" } == 5)
            #expect(areas.count { $0 == "pathology" } == 3)
            #expect(areas.count { $0 == "kinesiology" } == 2)
            #expect(plan.shortfalls.isEmpty)
            #expect(plan.blueprint == blueprint)
            #expect(Set(plan.items.map(\.cardID)).count == 10)
        }
    }

    @Test func anAreaWithTooFewQuestionsIsNamed() {
        var generator = SeededGenerator(seed: 1)
        let plan = ExamPlan.make(decks: decks, blueprint: blueprint, tags: [], count: 20, using: &generator)
        #expect(plan.shortfalls.map(\.area.id) == ["kinesiology"])
        #expect(plan.shortfalls.first?.wanted == 4)
        #expect(plan.shortfalls.first?.found == 2)
        #expect(plan.items.count == 18)
        #expect(!plan.items.contains { ["x1", "x2"].contains($0.question.id) })
    }

    @Test func theSameSeedDrawsTheSameExamAndACaseStaysWhole() {
        for seed in 1...30 {
            var first = SeededGenerator(seed: UInt64(seed))
            var second = SeededGenerator(seed: UInt64(seed))
            let plan = ExamPlan.make(decks: decks, blueprint: blueprint, tags: [], count: 30, using: &first)
            let again = ExamPlan.make(decks: decks, blueprint: blueprint, tags: [], count: 30, using: &second)
            #expect(plan.items == again.items)
            let ids = plan.items.map(\.question.id)
            if let start = ids.firstIndex(of: "c1") {
                #expect(Array(ids[start..<start + 3]) == ["c1", "c2", "c3"], "seed \(seed)")
            }
        }
    }

    @Test func theResultScoresEachAreaWithItsBand() {
        var generator = SeededGenerator(seed: 4)
        let plan = ExamPlan.make(decks: decks, blueprint: blueprint, tags: [], count: 10, using: &generator)
        // Every ethics question right, one pathology question right, no kinesiology.
        var pathologyRight = 0
        let answers: [Bool?] = plan.items.map { item in
            switch item.question.area {
            case "ethics": return true
            case "pathology":
                pathologyRight += 1
                return pathologyRight == 1
            default: return false
            }
        }
        let result = ExamResult(plan: plan, answers: answers, passMark: 0.7)
        #expect(result.byArea.map(\.area.id) == ["ethics", "pathology", "kinesiology"])
        #expect(result.byArea.map(\.tally.correct) == [5, 1, 0])
        #expect(result.byArea.map(\.band) == [.good, .poor, .poor])
        #expect(ExamResult(plan: ExamPlan(items: plan.items), answers: answers, passMark: 0.7).byArea.isEmpty)
    }
}
