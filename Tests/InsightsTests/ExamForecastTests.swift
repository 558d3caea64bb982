import Foundation
import Scheduling
import Testing

@testable import Insights
@testable import Progress

/// The due forecast in exam mode: reviews the exam brings forward count on the day the queue
/// will ask them, and the new cards the intake plans are counted day by day up to the exam.
@Suite struct ExamForecastTests {
    private let course = library(["d": (0..<11).map { (id: "q\($0)", tags: [String]()) }])
    private let nothing = StudyCounts(newCards: 0, reviews: 0, total: 0)

    private func forecast(_ plan: StudyPlan, days: Int = 14, startedToday: Int = 0) -> [ForecastDay] {
        let catalog = CardCatalog(library: course)
        let studied = StudyCounts(newCards: startedToday, reviews: 0, total: startedToday)
        return DueForecast.make(
            states: ["d/q0": agingCard], catalog: catalog, calendar: utcCalendar, now: monday, days: days,
            exam: plan.examForecast(
                cards: catalog.queueCards(states: [agingCard]), studied: studied, now: monday)
        )
    }

    @Test func aReviewBroughtForwardCountsOnTheDayTheQueueAsksIt() throws {
        let exam = try examPlan(examInDays: 8)
        let days = forecast(exam)
        // The queue asks it today (see StudyPlanExamTests); so does the forecast.
        let queue = exam.queue(
            catalog: CardCatalog(library: course), states: [agingCard], studied: nothing, now: monday)
        #expect(queue.reviews.map(\.id) == ["d/q0"])
        #expect(days[0].due == 1)
        #expect(days[0].broughtForward == 1)
        #expect(days.reduce(0) { $0 + $1.due } == 1)
        // Without an exam it stays on its FSRS due, day 10, and no new cards are planned.
        let normal = forecast(try examPlan(examInDays: nil))
        #expect(normal[10].due == 1)
        #expect(normal.allSatisfy { $0.broughtForward == 0 && $0.newCards == 0 })
    }

    @Test func theNewCardsPlannedFollowTheIntakeUpToTheExam() throws {
        // 10 new cards, the deadline 2 study days away: 5 today and 5 tomorrow, as the queue takes.
        let exam = try examPlan(examInDays: 9)
        let days = forecast(exam)
        #expect(days.map(\.newCards).prefix(3) == [5, 5, 0])
        #expect(days.reduce(0) { $0 + $1.newCards } == 10)
        // Three more started today: 13 in scope this morning, 7 a day; today's 3 count against
        // today's share.
        #expect(forecast(exam, startedToday: 3).map(\.newCards).prefix(3) == [4, 6, 0])
    }

    @Test func anIntakeThatCannotMakeItKeepsGoingAtTheCeilingUntilTheExam() throws {
        // 10 cards at 2 a day with the deadline 2 days away: 2 a day until every card is started,
        // never on or after the exam's day.
        let exam = try examPlan(examInDays: 4, newPerDay: 2)
        let days = forecast(exam, days: 8)
        #expect(days.map(\.newCards) == [2, 2, 2, 2, 0, 0, 0, 0])
        let workload = ExamWorkload(forecast: days, exam: try #require(exam.exam))
        #expect(workload.days == 4)
        #expect(workload.newCards == 8)
        #expect(workload.reviews == 1)
        #expect(workload.busiest?.day.label == "2026-03-02")
    }
}
