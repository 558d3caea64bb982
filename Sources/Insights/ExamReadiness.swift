import Decks
import Foundation
import Progress
import Scheduling

/// A prediction, from the scheduler's memory model, of the share of a practice exam drawn from
/// the course that the student would answer right on a given day.
///
/// Each question counts with the probability of answering it right: for a card studied, FSRS's
/// probability of recall on that day; for one never studied, the chance of guessing it
/// (`guessRate`). A blueprint weights the areas as the exam does (each area's mean times its
/// share); without one every question counts the same. Flashcards are left out, as exams leave
/// them out. It is a model's estimate, not a measurement: `ExamReadinessTests` checks it
/// against simulated students whose answers follow known recall probabilities.
public struct ExamReadiness: Sendable, Equatable {
    /// The practice exam's default pass mark, which the bands are read against.
    public static let passMark = 0.7

    public struct Area: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Its share of the exam among the areas that have questions.
        public var share: Double
        public var questions: Int
        public var studied: Int
        public var predicted: Double
        public var band: AreaBand
    }

    /// The predicted share right, 0–1.
    public var predicted: Double
    /// Questions counted, and how many of them have been studied.
    public var questions: Int
    public var studied: Int
    /// Per blueprint area that has questions, in the blueprint's order; empty without one.
    public var areas: [Area]

    /// The area with the lowest prediction.
    public var weakest: Area? { areas.min { ($0.predicted, $0.share) < ($1.predicted, $1.share) } }

    /// The chance of answering a question right without knowing it: one over the number of
    /// possible answers (0.25 for four choices; a choose-all-that-apply question over n choices
    /// has 2ⁿ − 1 answers; matching and ordering n items n!), 0 for a typed answer (a cloze too)
    /// and for a region question (any subset of some fifty regions: as good as none).
    public static func guessRate(_ kind: Question.Kind) -> Double {
        func factorial(_ n: Int) -> Double { (1...max(1, n)).reduce(1.0) { $0 * Double($1) } }
        switch kind {
        case .multipleChoice(let choices, _, let multiple):
            return multiple ? 1 / (pow(2, Double(choices.count)) - 1) : 1 / Double(max(1, choices.count))
        case .trueFalse: return 0.5
        case .matching(let pairs): return 1 / factorial(pairs.count)
        case .ordering(let steps): return 1 / factorial(steps.count)
        case .shortAnswer, .flashcard, .cloze, .region: return 0
        }
    }

    /// - Parameters:
    ///   - states: stored card states by card id.
    ///   - day: the moment to predict for (the exam's day, or now).
    public static func make(
        catalog: CardCatalog, states: [String: CardState], blueprint: Blueprint?, scheduler: FSRSScheduler,
        at day: Date
    ) -> ExamReadiness {
        var sums: [String: (sum: Double, count: Int, studied: Int)] = [:]
        var all = (sum: 0.0, count: 0, studied: 0)
        for id in catalog.order {
            guard let entry = catalog[id], !entry.question.type.isSelfGraded else { continue }
            let chance: Double
            var studied = 0
            if let schedule = states[id]?.schedule, !schedule.isNew {
                chance = scheduler.retrievability(of: schedule, at: day)
                studied = 1
            } else {
                chance = guessRate(entry.question.kind)
            }
            all = (all.sum + chance, all.count + 1, all.studied + studied)
            if let area = entry.question.area, blueprint?.area(id: area) != nil {
                let old = sums[area] ?? (0, 0, 0)
                sums[area] = (old.sum + chance, old.count + 1, old.studied + studied)
            }
        }
        guard let blueprint, !sums.isEmpty else {
            return ExamReadiness(
                predicted: all.count == 0 ? 0 : all.sum / Double(all.count), questions: all.count,
                studied: all.studied, areas: [])
        }
        let covered = blueprint.areas.filter { sums[$0.id] != nil }
        let totalWeight = covered.reduce(0) { $0 + $1.weight }
        let areas = covered.map { area -> Area in
            let sum = sums[area.id]!
            let predicted = sum.sum / Double(sum.count)
            return Area(
                id: area.id, title: area.title, share: area.weight / totalWeight, questions: sum.count,
                studied: sum.studied, predicted: predicted,
                band: AreaBand(score: predicted, passMark: passMark))
        }
        return ExamReadiness(
            predicted: areas.reduce(0) { $0 + $1.share * $1.predicted },
            questions: areas.reduce(0) { $0 + $1.questions }, studied: areas.reduce(0) { $0 + $1.studied },
            areas: areas)
    }
}
