import Foundation
import Testing

@testable import Scheduling

/// Hand-checked single reviews (values from py-fsrs 6.3.2); the fixture tests cover the rest.
@Suite struct FSRSSchedulerTests {
    let start = Date(timeIntervalSince1970: 1_736_335_062)  // 2025-01-08T11:17:42Z
    let scheduler = FSRSScheduler()

    @Test func newCardRatedGoodMovesToTheSecondLearningStep() {
        let outcome = scheduler.review(.new(due: start), rating: .good, at: start)
        #expect(outcome.retrievability == nil)
        #expect(outcome.schedule.phase == .learning)
        #expect(outcome.schedule.step == 1)
        #expect(outcome.schedule.stability == 2.3065)
        #expect(outcome.schedule.difficulty == 2.118103970459016)
        #expect(outcome.schedule.due == start.addingTimeInterval(600))
        #expect(outcome.schedule.lastReview == start)
    }

    @Test func goodOnTheLastStepGraduatesWithShortTermStability() {
        let first = scheduler.review(.new(due: start), rating: .good, at: start).schedule
        let later = start.addingTimeInterval(600)
        let outcome = scheduler.review(first, rating: .good, at: later)
        #expect(outcome.retrievability == 1.0)
        #expect(outcome.schedule.phase == .review)
        #expect(outcome.schedule.step == nil)
        #expect(outcome.schedule.stability == 2.3065)
        #expect(outcome.schedule.difficulty == 2.111214235785395)
        #expect(outcome.schedule.due == later.addingTimeInterval(2 * 86_400))
    }

    @Test func lapseInReviewStartsRelearning() {
        var card = scheduler.review(.new(due: start), rating: .good, at: start).schedule
        card = scheduler.review(card, rating: .good, at: start.addingTimeInterval(600)).schedule
        #expect(scheduler.retrievability(of: card, at: card.due) == 0.9094932559773545)
        let outcome = scheduler.review(card, rating: .again, at: card.due)
        #expect(outcome.retrievability == 0.9094932559773545)
        #expect(outcome.schedule.phase == .relearning)
        #expect(outcome.schedule.step == 0)
        #expect(outcome.schedule.stability == 0.6077016626638644)
        #expect(outcome.schedule.difficulty == 7.392238132342694)
        #expect(outcome.schedule.due == card.due.addingTimeInterval(600))
    }

    @Test func easyOnANewCardGraduatesAtOnce() {
        let outcome = scheduler.review(.new(due: start), rating: .easy, at: start).schedule
        #expect(outcome.phase == .review)
        #expect(outcome.difficulty == 1.0)
        #expect(outcome.due == start.addingTimeInterval(8 * 86_400))
    }

    @Test func hardOnTheFirstStepWaitsBetweenTheFirstTwoSteps() {
        let outcome = scheduler.review(.new(due: start), rating: .hard, at: start).schedule
        #expect(outcome.step == 0)
        #expect(outcome.due == start.addingTimeInterval(330))
    }

    @Test func hardWithASingleStepWaitsOneAndAHalfSteps() throws {
        let options = try SchedulerOptions(learningSteps: [600])
        let outcome = FSRSScheduler(options: options).review(.new(due: start), rating: .hard, at: start)
        #expect(outcome.schedule.due == start.addingTimeInterval(900))
    }

    @Test func withoutLearningStepsEveryRatingGraduates() throws {
        let options = try SchedulerOptions(learningSteps: [], relearningSteps: [])
        let noSteps = FSRSScheduler(options: options)
        for rating in Rating.allCases {
            #expect(noSteps.review(.new(due: start), rating: rating, at: start).schedule.phase == .review)
        }
    }

    @Test func reviewCardForgottenWithoutRelearningStepsStaysInReview() throws {
        let options = try SchedulerOptions(relearningSteps: [])
        let card = CardSchedule(
            phase: .review, step: nil, stability: 10, difficulty: 5, due: start,
            lastReview: start.addingTimeInterval(-10 * 86_400))
        let outcome = FSRSScheduler(options: options).review(card, rating: .again, at: start).schedule
        #expect(outcome.phase == .review)
        #expect(outcome.step == nil)
    }

    @Test func cardOnAStepBeyondTheCurrentStepsGraduates() throws {
        let options = try SchedulerOptions(learningSteps: [60])
        let card = CardSchedule(
            phase: .learning, step: 3, stability: 2, difficulty: 5, due: start,
            lastReview: start.addingTimeInterval(-120))
        let scheduler = FSRSScheduler(options: options)
        #expect(scheduler.review(card, rating: .hard, at: start).schedule.phase == .review)
        let forgotten = scheduler.review(card, rating: .again, at: start).schedule
        #expect(forgotten.phase == .learning)
        #expect(forgotten.step == 0)
    }

    @Test func maximumIntervalCapsReviews() throws {
        let options = try SchedulerOptions(maximumInterval: 30)
        let card = CardSchedule(
            phase: .review, step: nil, stability: 1_000, difficulty: 5, due: start,
            lastReview: start.addingTimeInterval(-1_000 * 86_400))
        let outcome = FSRSScheduler(options: options).review(card, rating: .easy, at: start).schedule
        #expect(outcome.due == start.addingTimeInterval(30 * 86_400))
    }

    @Test func retrievabilityCountsWholeDaysOnly() {
        let card = CardSchedule(
            phase: .review, step: nil, stability: 5, difficulty: 5, due: start, lastReview: start)
        let almostADay = start.addingTimeInterval(86_399)
        #expect(scheduler.retrievability(of: card, at: almostADay) == 1)
        #expect(scheduler.retrievability(of: card, at: start.addingTimeInterval(86_400)) < 1)
        #expect(scheduler.retrievability(of: .new(due: start), at: start) == 0)
    }

    @Test func fuzzDrawsOnlyForIntervalsOfThreeDaysOrMore() throws {
        let options = try SchedulerOptions(fuzzEnabled: true)
        let fuzzy = FSRSScheduler(options: options)
        var random = SplitMix64(seed: 1)
        let untouched = random
        // Good on a new card is a learning step: no draw.
        _ = fuzzy.review(.new(due: start), rating: .good, at: start, random: &random)
        #expect(random == untouched)
        // Easy graduates to 8 days: one draw, and the interval stays within py-fsrs's range.
        let outcome = fuzzy.review(.new(due: start), rating: .easy, at: start, random: &random)
        #expect(random != untouched)
        let days = Int(outcome.schedule.due.timeIntervalSince(start) / 86_400)
        #expect(fuzzy.fuzzRange(days: 8).contains(days))
    }

    @Test func fuzzOffIgnoresTheRandomSource() {
        var random = SplitMix64(seed: 1)
        let outcome = scheduler.review(.new(due: start), rating: .easy, at: start, random: &random)
        #expect(random == SplitMix64(seed: 1))
        #expect(outcome.schedule.due == start.addingTimeInterval(8 * 86_400))
    }
}
