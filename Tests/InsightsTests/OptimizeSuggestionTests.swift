import Foundation
import Progress
import Scheduling
import Testing

@testable import Insights

@Suite struct OptimizeSuggestionTests {
    /// `cards` cards each learnt on `start` and reviewed again three days later (a review of a
    /// graduated card, the kind the optimiser learns from).
    private func study(_ store: ProgressStore, cards: Int, from start: Date, prefix: String = "c") throws {
        var reviews: [NewReview] = []
        for index in 0..<cards {
            let id = "deck/\(prefix)\(index)"
            for (offset, time) in [start, start.addingTimeInterval(days(3))].enumerated() {
                let schedule = CardSchedule(
                    phase: .review, step: nil, stability: 3, difficulty: 5,
                    due: time.addingTimeInterval(days(3 + Double(offset))), lastReview: time)
                reviews.append(
                    NewReview(cardID: id, sessionID: nil, reviewedAt: time, rating: .good, schedule: schedule)
                )
            }
        }
        try store.importReviews(reviews)
    }

    @Test func suggestedOnceEnoughReviewsWithTheDefaults() throws {
        let folder = StoreFolder()
        let store = try folder.open()
        defer { try? store.close() }
        try study(store, cards: 80, from: monday.addingTimeInterval(-days(20)))
        #expect(try OptimizeSuggestion.make(store: store, parameters: .default, now: monday) == nil)
        try study(store, cards: 30, from: monday.addingTimeInterval(-days(10)), prefix: "d")
        #expect(
            try OptimizeSuggestion.make(store: store, parameters: .default, now: monday)
                == OptimizeSuggestion(newReviews: 110, lastFit: nil))
    }

    @Test func aLongHistoryIsCountedOnlyUpToWhatTheSuggestionNeedsToSay() throws {
        let folder = StoreFolder()
        let store = try folder.open()
        defer { try? store.close() }
        try study(
            store, cards: OptimizeSuggestion.countedUpTo + 50, from: monday.addingTimeInterval(-days(20)))
        let suggestion = try OptimizeSuggestion.make(store: store, parameters: .default, now: monday)
        #expect(suggestion?.newReviews == OptimizeSuggestion.countedUpTo)
        let span = TimeSpan(Date(timeIntervalSince1970: 0)..<monday)
        #expect(try store.graduatedReviewCount(in: span, upTo: 10) == 10)
        #expect(try store.graduatedReviewCount(in: span, upTo: 5_000) == OptimizeSuggestion.countedUpTo + 50)
    }

    @Test func aFitIsLeftAloneForAMonthThenCountsOnlyTheReviewsSince() throws {
        let folder = StoreFolder()
        let store = try folder.open()
        defer { try? store.close() }
        try study(store, cards: 150, from: monday.addingTimeInterval(-days(60)))
        var weights = FSRSParameters.default.weights
        weights[0] = 0.5
        let fitted = try FSRSParameters(weights)
        let fitDay = monday.addingTimeInterval(-days(40))
        try store.applyParameters(fitted, origin: ParameterOrigin(fittedAt: fitDay), schedules: [:])
        // 40 days after the fit, but every review came before it.
        #expect(try OptimizeSuggestion.make(store: store, parameters: fitted, now: monday) == nil)
        try study(store, cards: 120, from: monday.addingTimeInterval(-days(25)), prefix: "n")
        // Less than a month after the fit: not yet.
        #expect(
            try OptimizeSuggestion.make(
                store: store, parameters: fitted, now: fitDay.addingTimeInterval(days(29)))
                == nil)
        let suggestion = try OptimizeSuggestion.make(store: store, parameters: fitted, now: monday)
        #expect(suggestion?.newReviews == 120)
        #expect(
            suggestion?.lastFit == Date(timeIntervalSince1970: fitDay.timeIntervalSince1970.rounded(.down)))
    }

    @Test func handSetParametersAreTheStudentsChoice() throws {
        let folder = StoreFolder()
        let store = try folder.open()
        defer { try? store.close() }
        try study(store, cards: 150, from: monday.addingTimeInterval(-days(60)))
        var weights = FSRSParameters.default.weights
        weights[0] = 0.5
        #expect(
            try OptimizeSuggestion.make(store: store, parameters: try FSRSParameters(weights), now: monday)
                == nil)
    }
}
