import Content
import Foundation
import Scheduling
import Testing

@testable import Insights
@testable import Progress

@Suite struct StudyPlanExamTests {
    private let course = library(["d": (0..<11).map { (id: "q\($0)", tags: [String]()) }])
    private let nothing = StudyCounts(newCards: 0, reviews: 0, total: 0)

    @Test func aCardThatWouldFallBelowTargetByTheExamComesDueNow() throws {
        let catalog = CardCatalog(library: course)
        let normal = try examPlan(examInDays: nil).queue(
            catalog: catalog, states: [agingCard], studied: nothing, now: monday)
        #expect(!normal.reviews.map(\.id).contains("d/q0"))
        let exam = try examPlan(examInDays: 8)
        let queue = exam.queue(catalog: catalog, states: [agingCard], studied: nothing, now: monday)
        #expect(queue.reviews.map(\.id) == ["d/q0"])
        // After the exam's day the normal schedule is back.
        let after = exam.queue(
            catalog: catalog, states: [agingCard], studied: nothing, now: monday.addingTimeInterval(days(9)))
        #expect(!after.reviews.map(\.id).contains("d/q0"))
    }

    @Test func newCardsAreSpreadToAWeekBeforeTheExamWithinTheCeiling() throws {
        let catalog = CardCatalog(library: course)
        // 10 new cards; the deadline is 2 study days away: 5 a day.
        let exam = try examPlan(examInDays: 9)
        let queue = exam.queue(catalog: catalog, states: [agingCard], studied: nothing, now: monday)
        #expect(queue.newCards.count == 5)
        let intake = try #require(
            exam.examIntake(cards: catalog.queueCards(states: [agingCard]), studied: nothing, now: monday))
        #expect(intake.perDay == 5)
        #expect(intake.stillNew == 0)
        // Without an exam, new-per-day (20) decides.
        let normal = try examPlan(examInDays: nil).queue(
            catalog: catalog, states: [agingCard], studied: nothing, now: monday)
        #expect(normal.newCards.count == 10)
    }
}
