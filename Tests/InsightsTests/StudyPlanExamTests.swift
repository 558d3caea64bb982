import Content
import Foundation
import Scheduling
import Testing

@testable import Insights
@testable import Progress

@Suite struct StudyPlanExamTests {
    private let course = library(["d": (0..<11).map { (id: "q\($0)", tags: [String]()) }])
    private let nothing = StudyCounts(newCards: 0, reviews: 0, total: 0)

    private func plan(examInDays days: Int?, target: Double = 0.95) throws -> StudyPlan {
        var settings = StudentSettings()
        settings.examDate = days.map { utcCalendar.studyDay(containing: monday).civilDay.adding(days: $0) }
        settings.examTarget = target
        return try StudyPlan(settings: settings, timeZone: TimeZone(secondsFromGMT: 0)!)
    }

    /// Reviewed 10 days ago with a stability of 20 days: FSRS's due is 10 days ahead.
    private var aging: CardState {
        CardState(
            cardID: "d/q0",
            schedule: CardSchedule(
                phase: .review, step: nil, stability: 20, difficulty: 5,
                due: monday.addingTimeInterval(days(10)),
                lastReview: monday.addingTimeInterval(-days(10))))
    }

    @Test func aCardThatWouldFallBelowTargetByTheExamComesDueNow() throws {
        let catalog = CardCatalog(library: course)
        let normal = try plan(examInDays: nil).queue(
            catalog: catalog, states: [aging], studied: nothing, now: monday)
        #expect(!normal.reviews.map(\.id).contains("d/q0"))
        let exam = try plan(examInDays: 8)
        let queue = exam.queue(catalog: catalog, states: [aging], studied: nothing, now: monday)
        #expect(queue.reviews.map(\.id) == ["d/q0"])
        // After the exam's day the normal schedule is back.
        let after = exam.queue(
            catalog: catalog, states: [aging], studied: nothing, now: monday.addingTimeInterval(days(9)))
        #expect(!after.reviews.map(\.id).contains("d/q0"))
    }

    @Test func newCardsAreSpreadToAWeekBeforeTheExamWithinTheCeiling() throws {
        let catalog = CardCatalog(library: course)
        // 10 new cards; the deadline is 2 study days away: 5 a day.
        let exam = try plan(examInDays: 9)
        let queue = exam.queue(catalog: catalog, states: [aging], studied: nothing, now: monday)
        #expect(queue.newCards.count == 5)
        let intake = try #require(
            exam.examIntake(cards: catalog.queueCards(states: [aging]), studied: nothing, now: monday))
        #expect(intake.perDay == 5)
        #expect(intake.stillNew == 0)
        // Without an exam, new-per-day (20) decides.
        let normal = try plan(examInDays: nil).queue(
            catalog: catalog, states: [aging], studied: nothing, now: monday)
        #expect(normal.newCards.count == 10)
    }
}
