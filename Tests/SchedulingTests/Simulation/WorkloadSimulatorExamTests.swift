import Foundation
import Testing

@testable import Scheduling

/// Exam mode in the workload simulation: new cards come as the intake plans, reviews come
/// forward so the exam's day finds more cards at the target than without it.
@Suite struct WorkloadSimulatorExamTests {
    private typealias Base = WorkloadSimulatorTests
    /// The simulation's first day, 2025-01-08, and an exam 30 days later.
    private let firstDay = CivilDay(year: 2025, month: 1, day: 8)
    private var goal: ExamGoal {
        let date = firstDay.adding(days: 30)
        // The exam's study day begins at 04:00 UTC on its date, as the simulation's days do.
        return ExamGoal(day: Base.dayEnd.adding(days: 29).date, date: date, target: 0.9)
    }

    private func run(exam: Bool, newCards: Int = 100, seed: UInt64 = 7) -> SimulationResult {
        var setup = Base.setup(newPerDay: 20, days: 30)
        if exam { setup.exam = SimulatedExam(goal: goal, firstDay: firstDay) }
        var random = SplitMix64(seed: seed)
        return WorkloadSimulator.run(
            cards: Base.studied, newCards: newCards, setup: setup, figuresFor: goal, random: &random)
    }

    @Test func newCardsComeAsTheIntakePlansAllStartedByTheDeadline() {
        // 100 cards over the 23 days before the deadline (a week before the exam): 5 the first
        // day, replanned each morning from what is left, never more.
        let result = run(exam: true)
        #expect(result.days[0].newCards == 5)
        #expect(result.days.prefix(23).allSatisfy { (4...5).contains($0.newCards) })
        #expect(result.days.prefix(23).reduce(0) { $0 + $1.newCards } == 100)
        #expect(result.days.dropFirst(23).allSatisfy { $0.newCards == 0 })
        #expect(result.examDay?.stillNew == 0)
        // Without exam mode new-per-day decides: 20 a day for 5 days.
        #expect(run(exam: false).days.prefix(6).map(\.newCards) == [20, 20, 20, 20, 20, 0])
    }

    @Test func examModeLeavesMoreCardsAtTheTargetOnTheDayAndTheSameSeedGivesTheSameFigures() throws {
        let withExam = try #require(run(exam: true).examDay)
        let without = try #require(run(exam: false).examDay)
        #expect(withExam.cards == 220)
        #expect(withExam.atTarget > without.atTarget)
        #expect(withExam.meanRecall > without.meanRecall)
        // Nearly every card is at the target on the day (a card forgotten in the last days is not).
        #expect(withExam.shareAtTarget >= 0.9)
        #expect(run(exam: true) == run(exam: true))
    }
}

@Suite struct SimulationResultTests {
    private func result(answers: [Int]) -> SimulationResult {
        SimulationResult(
            days: answers.map {
                var day = SimulatedDay()
                day.answers = $0
                return day
            }, cards: 0, introduced: 0)
    }

    @Test func theBusiestDayIsTheFirstWithTheMostAnswers() {
        let busiest = result(answers: [0, 3, 5, 5, 1]).busiestDay
        #expect(busiest?.index == 2)
        #expect(busiest?.day.answers == 5)
    }

    @Test func noDayIsBusiestWithoutAnswers() {
        #expect(result(answers: [0, 0, 0]).busiestDay == nil)
        #expect(result(answers: []).busiestDay == nil)
    }
}
