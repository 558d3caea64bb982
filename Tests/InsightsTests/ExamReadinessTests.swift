import Content
import Curriculum
import Decks
import Foundation
import Progress
import Scheduling
import Testing

@testable import Insights

@Suite struct ExamReadinessTests {
    private let blueprint = Blueprint(
        name: "Test exam",
        areas: [
            .init(id: "ethics", title: "Ethics", weight: 50),
            .init(id: "pathology", title: "Pathology", weight: 30),
            .init(id: "kinesiology", title: "Kinesiology", weight: 20),
        ])
    private let scheduler = FSRSScheduler(options: .default)

    /// Three decks of 60 four-choice questions, one per area.
    private func course() -> ContentLibrary {
        let decks = blueprint.areas.map { area in
            Deck(
                id: area.id, title: area.title, file: "\(area.id).json",
                questions: (0..<60).map { index in
                    Question(
                        id: "q\(index)",
                        kind: .multipleChoice(
                            choices: ["a", "b", "c", "d"].map { Choice($0) }, correct: [0], multiple: false),
                        prompt: "p", explanation: "e", lesson: LessonLink(lessonID: "l"))
                }, area: area.id)
        }.map { deck in
            var deck = deck
            deck.questions = deck.questions.map {
                var question = $0
                question.area = deck.area
                return question
            }
            return deck
        }
        var library = ContentLibrary(
            root: URL(fileURLWithPath: "/"), lessons: LessonLibrary(lessons: []), decks: decks,
            diagnostics: [])
        library.blueprint = blueprint
        return library
    }

    /// A student who studied each area to a different depth: memories of random strength and
    /// age, and some cards never seen.
    private func states(catalog: CardCatalog, seed: UInt64) -> [String: CardState] {
        var random = SplitMix64(seed: seed)
        var states: [String: CardState] = [:]
        for id in catalog.order {
            let studiedShare = id.hasPrefix("ethics") ? 0.9 : id.hasPrefix("pathology") ? 0.6 : 0.3
            guard Double.random(in: 0..<1, using: &random) < studiedShare else { continue }
            let stability = Double.random(in: 0.5...80, using: &random)
            let age = Double(Int.random(in: 0...60, using: &random))
            let schedule = CardSchedule(
                phase: .review, step: nil, stability: stability, difficulty: 5, due: monday,
                lastReview: monday.addingTimeInterval(-days(age)))
            states[id] = CardState(cardID: id, schedule: schedule)
        }
        return states
    }

    @Test func guessRatesFollowTheNumberOfPossibleAnswers() {
        let four = ["a", "b", "c", "d"].map { Choice($0) }
        #expect(
            ExamReadiness.guessRate(.multipleChoice(choices: four, correct: [0], multiple: false)) == 0.25)
        #expect(
            ExamReadiness.guessRate(.multipleChoice(choices: four, correct: [0, 1], multiple: true)) == 1.0
                / 15)
        #expect(ExamReadiness.guessRate(.trueFalse(answer: true)) == 0.5)
        #expect(ExamReadiness.guessRate(.ordering(steps: ["a", "b", "c"])) == 1.0 / 6)
        #expect(ExamReadiness.guessRate(.shortAnswer(accepted: ["x"])) == 0)
    }

    @Test func aNewStudentIsPredictedAtGuessingOddsAndPoorEverywhere() {
        let library = course()
        let readiness = ExamReadiness.make(
            catalog: CardCatalog(library: library), states: [:], blueprint: blueprint, scheduler: scheduler,
            at: monday)
        #expect(abs(readiness.predicted - 0.25) < 1e-12)
        #expect(readiness.studied == 0)
        #expect(readiness.areas.map(\.band) == [.poor, .poor, .poor])
        #expect(readiness.areas.map(\.share) == [0.5, 0.3, 0.2])
    }

    /// The calibration: simulated students answer blueprint exams drawn by `palpate exam
    /// --blueprint`, each question right with the probability the model gives it (recall for a
    /// studied card, 1 in 4 for an unseen one). Over 300 exams of 100 questions the mean score
    /// agrees with the prediction within 1.5 points, and each area's within 3 points.
    @Test func predictedAndObservedExamScoresAgree() {
        let library = course()
        let catalog = CardCatalog(library: library)
        for seed in [UInt64(1), 2, 3] {
            let states = states(catalog: catalog, seed: seed)
            let readiness = ExamReadiness.make(
                catalog: catalog, states: states, blueprint: blueprint, scheduler: scheduler, at: monday)
            var random = SplitMix64(seed: seed &* 7_919)
            var total = 0.0
            var areaRight: [String: Int] = [:]
            var areaAsked: [String: Int] = [:]
            let exams = 300
            for _ in 0..<exams {
                let plan = ExamPlan.make(
                    decks: library.decks, blueprint: blueprint, tags: [], count: 100, using: &random)
                var right = 0
                for item in plan.items {
                    let chance =
                        states[item.cardID].map { scheduler.retrievability(of: $0.schedule, at: monday) }
                        ?? ExamReadiness.guessRate(item.question.kind)
                    let answered = Double.random(in: 0..<1, using: &random) < chance
                    if answered { right += 1 }
                    areaRight[item.question.area!, default: 0] += answered ? 1 : 0
                    areaAsked[item.question.area!, default: 0] += 1
                }
                total += Double(right) / Double(plan.items.count)
            }
            let observed = total / Double(exams)
            #expect(
                abs(observed - readiness.predicted) < 0.015,
                "seed \(seed): \(observed) vs \(readiness.predicted)")
            for area in readiness.areas {
                let observedArea = Double(areaRight[area.id]!) / Double(areaAsked[area.id]!)
                #expect(abs(observedArea - area.predicted) < 0.03, "seed \(seed), \(area.id)")
            }
            #expect(readiness.weakest?.id == "kinesiology")
        }
    }
}
