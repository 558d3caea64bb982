import Foundation
import Testing

@testable import Scheduling

@Suite struct TrainingModelTests {
    /// Four cards starting with each rating, every rating later, same-day reviews, a lapse and long gaps.
    static func history() -> TrainingSet {
        let day = Instant.microsecondsPerDay
        let start: Int64 = 1_700_000_000_000_000
        let plan: [(card: Int, day: Int64, extra: Int64, rating: Rating)] = [
            (1, 0, 0, .good), (1, 0, 600_000_000, .good), (1, 3, 0, .good), (1, 10, 0, .again),
            (1, 10, 600_000_000, .good), (1, 12, 0, .hard), (1, 30, 0, .easy), (1, 80, 0, .good),
            (2, 1, 0, .again), (2, 1, 60_000_000, .again), (2, 1, 120_000_000, .hard), (2, 2, 0, .good),
            (2, 6, 0, .again), (2, 7, 0, .good), (2, 20, 0, .good),
            (3, 2, 0, .easy), (3, 9, 0, .easy), (3, 40, 0, .hard), (3, 41, 0, .again), (4, 5, 0, .hard),
            (4, 8, 0, .good),
        ]
        return TrainingSet(
            reviews: plan.map {
                OptimizerReview(
                    card: $0.card, time: Instant(microsecondsSince1970: start + $0.day * day + $0.extra),
                    rating: $0.rating)
            })
    }

    static func columns(_ set: TrainingSet) -> [TrainingColumn] {
        set.items.enumerated().map { index, item in
            TrainingColumn(
                card: item.card, length: item.position + 1,
                predictions: [
                    .init(
                        position: item.position, weight: 0.5 + Double(index) / 10,
                        recalled: set.recalled(item))
                ])
        }
    }

    static func loss(_ weights: [Double], _ set: TrainingSet, gradient: inout [Double]) -> Double {
        let model = TrainingModel(weights: weights)
        var workspace = GradientWorkspace()
        return columns(set).reduce(0) {
            $0 + model.lossAndGradient($1, cards: set.cards, gradient: &gradient, workspace: &workspace)
        }
    }

    /// Default weights nudged off any clamp, so every weight has a smooth effect.
    static let weights: [Double] = FSRSParameters.default.weights.enumerated().map { index, value in
        index == 7 ? 0.05 : index == 16 ? 2.1 : value * 1.03
    }

    @Test func gradientAgreesWithFiniteDifferences() {
        let set = Self.history()
        var gradient = [Double](repeating: 0, count: 21)
        let loss = Self.loss(Self.weights, set, gradient: &gradient)
        #expect(loss.isFinite && loss > 0)
        for index in 0..<21 {
            let step = 1e-6 * max(1, abs(Self.weights[index]))
            var up = Self.weights
            up[index] += step
            var down = Self.weights
            down[index] -= step
            var ignored = [Double](repeating: 0, count: 21)
            let numeric =
                (Self.loss(up, set, gradient: &ignored) - Self.loss(down, set, gradient: &ignored))
                / (2 * step)
            let tolerance = 1e-6 + 1e-5 * abs(numeric)
            #expect(
                abs(gradient[index] - numeric) <= tolerance,
                "w\(index): exact \(gradient[index]), numeric \(numeric)")
        }
        // Every weight the history exercises moves the loss.
        #expect(gradient.enumerated().filter { $0.element == 0 }.map(\.offset).isEmpty)
    }

    @Test func groupingACardsItemsGivesTheSameLossAndGradient() {
        let set = Self.history()
        var single = [Double](repeating: 0, count: 21)
        let singleLoss = Self.loss(Self.weights, set, gradient: &single)
        var grouped = [Double](repeating: 0, count: 21)
        var byCard: [Int32: [TrainingColumn.Prediction]] = [:]
        for (index, item) in set.items.enumerated() {
            byCard[item.card, default: []].append(
                .init(position: item.position, weight: 0.5 + Double(index) / 10, recalled: set.recalled(item))
            )
        }
        let model = TrainingModel(weights: Self.weights)
        var workspace = GradientWorkspace()
        var groupedLoss = 0.0
        for (card, predictions) in byCard {
            let sorted = predictions.sorted { $0.position < $1.position }
            groupedLoss += model.lossAndGradient(
                TrainingColumn(card: card, length: sorted.last!.position + 1, predictions: sorted[...]),
                cards: set.cards, gradient: &grouped, workspace: &workspace)
        }
        #expect(abs(singleLoss - groupedLoss) < 1e-12)
        for index in 0..<21 { #expect(abs(single[index] - grouped[index]) < 1e-9) }
    }

    @Test func stepFollowsTheSchedulersFormulasOnItsOwnRange() throws {
        // Below 36,500 days the training model and py-fsrs's scheduler agree.
        let scheduler = MemoryModel(parameters: .default)
        let model = TrainingModel(weights: FSRSParameters.default.weights)
        var state = model.initial(rating: 3)
        #expect(state.stability == scheduler.initialStability(.good))
        #expect(abs(state.difficulty - scheduler.initialDifficulty(.good, clamp: true)) < 1e-12)
        for (days, rating) in [
            (0, Rating.good), (3, .good), (9, .again), (0, .again), (2, .hard), (20, .easy),
        ] {
            let r = scheduler.retrievability(elapsedDays: Int64(days), stability: state.stability)
            let expected =
                days == 0
                ? scheduler.shortTermStability(state.stability, rating)
                : scheduler.nextStability(
                    difficulty: state.difficulty, stability: state.stability, retrievability: r,
                    rating: rating)
            let expectedDifficulty = scheduler.nextDifficulty(state.difficulty, rating)
            state = model.step(
                stability: state.stability, difficulty: state.difficulty, days: Double(days),
                rating: rating.rawValue)
            #expect(abs(state.stability - expected) <= 1e-9 * expected)
            #expect(abs(state.difficulty - expectedDifficulty) <= 1e-9)
        }
    }
}
