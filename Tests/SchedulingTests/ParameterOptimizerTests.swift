import Foundation
import Testing

@testable import Scheduling

/// fsrs-rs-python's fit of the shared review history (`Fixtures/make_optimizer_expectations.py`).
struct OptimizerExpectations: Decodable {
    struct Metrics: Decodable {
        let logLoss: Double
        let rmseBins: Double
    }

    let reviews: Int
    let cards: Int
    let items: Int
    let firstItems: [[[Int]]]
    let parameters: [Double]
    let `default`: Metrics
    let fitted: Metrics
    let timeSeries: Metrics

    static func load() throws -> OptimizerExpectations {
        let url = KnownAnswerFixtures.folder.appendingPathComponent("optimizer_expectations.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(OptimizerExpectations.self, from: Data(contentsOf: url))
    }

    /// The same reviews as the shared CSV, from `Fixtures/real_history.csv` (card, review_us, rating).
    static func realReviews() throws -> [OptimizerReview] {
        let url = KnownAnswerFixtures.folder.appendingPathComponent("real_history.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return OptimizerReview(
                card: Int(fields[0])!, time: Instant(microsecondsSince1970: Int64(fields[1])!),
                rating: Rating(rawValue: Int(fields[2])!)!)
        }
    }
}

@Suite struct ParameterOptimizerTests {
    @Test func fitsTheSharedHistoryAtLeastAsWellAsFSRSRS() throws {
        let expected = try OptimizerExpectations.load()
        let result = ParameterOptimizer.optimize(try OptimizerExpectations.realReviews())
        #expect(result.reviews == expected.reviews)
        #expect(result.cards == expected.cards)
        #expect(result.items == expected.items)
        guard case .fitted(let parameters) = result.outcome, let fitted = result.fitted,
            let defaults = result.defaults
        else {
            Issue.record("expected a fit, got \(result.outcome)")
            return
        }
        #expect(abs(defaults.logLoss - expected.default.logLoss) < 1e-5)
        #expect(abs(defaults.rmseBins - expected.default.rmseBins) < 1e-5)
        #expect(fitted.logLoss <= expected.fitted.logLoss)
        #expect(fitted.rmseBins <= 0.052)
        for (index, value) in parameters.weights.enumerated() {
            #expect(ParameterClipping.bounds[index].contains(value))
        }
    }

    @Test func predictsTheFutureAboutAsWellAsFSRSRSOnATimeSeriesSplit() throws {
        let expected = try OptimizerExpectations.load()
        let set = TrainingSet(reviews: try OptimizerExpectations.realReviews())
        let metrics = try #require(ParameterOptimizer.timeSeriesEvaluation(set))
        // Out of sample the batch order matters: over seeds 1, 2, 3 and 2023 palpate's log loss
        // ran from 0.4342 to 0.4380 (fsrs-rs, with its own shuffle: 0.4333), RMSE(bins) from
        // 0.039 to 0.042 (fsrs-rs 0.039).
        #expect(metrics.logLoss <= expected.timeSeries.logLoss + 0.005)
        #expect(metrics.rmseBins <= expected.timeSeries.rmseBins + 0.005)
    }

    @Test func sameHistoryGivesTheSameParametersBitForBit() throws {
        let reviews = try OptimizerExpectations.realReviews()
        let first = ParameterOptimizer.optimize(reviews)
        // Reviews in another order (each card's still in time order once sorted) change nothing.
        let second = ParameterOptimizer.optimize(reviews.reversed())
        #expect(first.outcome == second.outcome)
        #expect(first.fitted == second.fitted)
    }

    /// `cards` cards reviewed every `gap` days, `reviews` times each, rated by `rating(card, n)`.
    static func synthetic(cards: Int, reviews: Int, gap: Int64 = 3, rating: (Int, Int) -> Rating)
        -> [OptimizerReview]
    {
        (0..<cards).flatMap { card in
            (0..<reviews).map { n in
                OptimizerReview(
                    card: card,
                    time: Instant(
                        microsecondsSince1970: (Int64(card) + Int64(n) * gap) * Instant.microsecondsPerDay),
                    rating: rating(card, n))
            }
        }
    }

    @Test func tooLittleHistoryChangesNothingAndSaysHowMuchMoreIsNeeded() {
        let result = ParameterOptimizer.optimize(Self.synthetic(cards: 30, reviews: 3) { _, _ in .good })
        #expect(result.items == 60)
        #expect(result.outcome == .tooLittleHistory(needed: 40))
        #expect(result.recommended == .default)
        #expect(result.defaults == nil)
    }

    @Test(arguments: [
        ("all Again", Rating.again, 40), ("all Good", Rating.good, 40), ("one card", Rating.good, 1),
    ])
    func degenerateHistoriesKeepTheDefaultsAndSayWhy(_ name: String, _ rating: Rating, _ cards: Int) {
        let result = ParameterOptimizer.optimize(
            Self.synthetic(cards: cards, reviews: cards == 1 ? 150 : 5, gap: 1) { card, n in
                cards == 1 && n % 3 == 0 ? .again : rating
            })
        guard case .keptDefaults(let reason) = result.outcome else {
            Issue.record("\(name): expected the defaults, got \(result.outcome)")
            return
        }
        #expect(!reason.isEmpty)
        #expect(result.recommended == .default)
        #expect(result.defaults?.logLoss.isFinite == true, "\(name)")
    }

    @Test func aFitAlwaysStaysWithinTheBounds() {
        // Nearly everything forgotten: the fit pushes weights to their bounds, never past them.
        let result = ParameterOptimizer.optimize(
            Self.synthetic(cards: 60, reviews: 6, gap: 2) { card, n in
                card % 10 == 0 && n == 5 ? .good : .again
            })
        if case .fitted(let parameters) = result.outcome {
            #expect(parameters.weights.allSatisfy { $0.isFinite })
            #expect(result.fitted?.logLoss.isFinite == true)
        }
    }
}
