import Content
import Foundation
import Scheduling
import Testing

@testable import Insights
@testable import Progress

/// A student who studies every morning until the exam, doing each day's queue (every card
/// answered Good, learning steps a minute apart), with exam mode on.
@Suite struct ExamModeSimulationTests {
    @Test func onTheExamDayEveryCardIsStudiedAndAboveTheTarget() throws {
        let course = library(["d": (0..<150).map { (id: "q\($0)", tags: [String]()) }])
        let catalog = CardCatalog(library: course)
        let start = utcCalendar.studyDay(containing: monday)
        var settings = StudentSettings()
        settings.examDate = start.civilDay.adding(days: 35)
        settings.examTarget = 0.95
        let plan = try StudyPlan(settings: settings, timeZone: TimeZone(secondsFromGMT: 0)!)
        let exam = try #require(plan.exam)
        var random = SplitMix64(seed: 18)
        var states: [String: CardState] = [:]
        var day = start
        while day.start < exam.day {
            var now = day.start.addingTimeInterval(4 * 3_600)
            var newToday = 0
            var reviewsToday = 0
            for _ in 0..<2_000 {
                let queue = plan.queue(
                    catalog: catalog, states: states.values,
                    studied: StudyCounts(newCards: newToday, reviews: reviewsToday, total: 0), now: now)
                guard case .show(let card, _) = queue.next else { break }
                let schedule = card.schedule ?? .new(due: now)
                if schedule.isNew { newToday += 1 }
                if schedule.phase == .review { reviewsToday += 1 }
                let outcome = plan.scheduler.review(
                    schedule, rating: .good, at: max(now, schedule.due), random: &random)
                states[card.id] = CardState(cardID: card.id, schedule: outcome.schedule)
                now = max(now, schedule.due).addingTimeInterval(60)
            }
            // Nothing new is planned in the last week: every card was started before it.
            if day.civilDay >= exam.date.adding(days: -exam.leadDays) { #expect(newToday == 0) }
            day = utcCalendar.studyDay(after: day)
        }
        #expect(states.count == 150)
        let below = states.values.filter {
            $0.schedule.isNew || plan.scheduler.retrievability(of: $0.schedule, at: exam.day) < exam.target
        }
        #expect(below.map(\.cardID) == [])
        let readiness = ExamReadiness.make(
            catalog: catalog, states: states, blueprint: nil, scheduler: plan.scheduler, at: exam.day)
        #expect(readiness.predicted >= 0.9)
    }
}
