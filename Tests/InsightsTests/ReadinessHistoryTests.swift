import Foundation
import Progress
import Scheduling
import Testing

@testable import Insights

/// The readiness of past weeks, rebuilt from the review log: each card as it was before its first
/// review since, predicted for the same exam day as today's figure.
@Suite struct ReadinessHistoryTests {
    @Test func eachWeeksFigureIsPredictedFromTheCardsAsTheyWereThen() throws {
        let course = library(["d": (0..<4).map { (id: "q\($0)", tags: [String]()) }])
        let catalog = CardCatalog(library: course)
        let now = monday.addingTimeInterval(days(30))
        let folder = StoreFolder()
        let store = try folder.open(now: now)
        defer { try? store.close() }
        func review(_ card: String, daysAgo: Double, stability: Double) throws {
            let at = now.addingTimeInterval(-days(daysAgo))
            _ = try store.recordReview(
                NewReview(
                    cardID: card, sessionID: nil, reviewedAt: at, rating: .good,
                    schedule: CardSchedule(
                        phase: .review, step: nil, stability: stability, difficulty: 5,
                        due: at.addingTimeInterval(days(stability)), lastReview: at)))
        }
        // q0 first studied 20 days ago and again 10 days ago; q1 3 days ago; q2 and q3 never.
        try review("d/q0", daysAgo: 20, stability: 30)
        try review("d/q0", daysAgo: 10, stability: 60)
        try review("d/q1", daysAgo: 3, stability: 4)

        var settings = StudentSettings()
        settings.examDate = utcCalendar.studyDay(containing: now).civilDay.adding(days: 10)
        let plan = try StudyPlan(settings: settings, timeZone: TimeZone(secondsFromGMT: 0)!)
        let outlook = try #require(
            try ExamOutlook.make(
                store: store, catalog: catalog, plan: plan, blueprint: nil, examName: "", now: now))
        let history = try ReadinessHistory.make(
            store: store, catalog: catalog, plan: plan, blueprint: nil, outlook: outlook, now: now)

        let examDay = try #require(plan.exam).day
        func recall(daysAgo: Double, stability: Double) -> Double {
            plan.scheduler.retrievability(
                of: CardSchedule(
                    phase: .review, step: nil, stability: stability, difficulty: 5, due: examDay,
                    lastReview: now.addingTimeInterval(-days(daysAgo))),
                at: examDay)
        }
        // Four and three weeks ago nothing was studied yet: those weeks are left out (they were the
        // guessing odds, 0.5, and a change "since" them measured from before the student began).
        // A true/false card never studied counts at guessing odds, 0.5.
        #expect(history.map(\.at) == [14, 7].map { now.addingTimeInterval(-days($0)) })
        #expect(abs(history[0].readiness - (recall(daysAgo: 20, stability: 30) + 1.5) / 4) < 1e-12)
        #expect(abs(history[1].readiness - (recall(daysAgo: 10, stability: 60) + 1.5) / 4) < 1e-12)
        // Today's figure counts q1 too: the history's last point is a week old, not today.
        #expect(
            abs(
                outlook.readiness.predicted
                    - (recall(daysAgo: 10, stability: 60) + recall(daysAgo: 3, stability: 4) + 1) / 4)
                < 1e-12)
    }
}
