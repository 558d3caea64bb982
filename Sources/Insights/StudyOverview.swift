import Curriculum
import Foundation
import Progress
import Scheduling

/// What the dashboard shows: today's work, the streak, recent retention and the lesson to read.
///
/// Built from card states and bounded windows of the log (today, the last 30 days, the days of the
/// current streak), so it costs the same after years of reviews as after a month.
public struct StudyOverview: Sendable {
    /// The window for the dashboard's retention figure.
    public static let retentionDays = 30

    public let today: StudyDay
    /// Learning and relearning cards due now (or within the learn-ahead window).
    public let learningDue: Int
    /// Graduated cards due today, within today's review limit.
    public let reviewsDue: Int
    /// New cards today's limit still allows.
    public let newAvailable: Int
    /// Catalogued cards never studied, suspended ones excepted.
    public let unseen: Int
    /// Cards that come due later in today's study day.
    public let laterToday: Int
    /// When the next card is due, if nothing is due now.
    public let nextDue: Date?
    /// Answers given today.
    public let answeredToday: Int
    public let streak: Streak
    public let retention: RetentionTally
    public let nextLesson: LessonSuggestion?

    public var dueNow: Int { learningDue + reviewsDue + newAvailable }

    public static func make(
        store: ProgressStore, catalog: CardCatalog, plan: StudyPlan, lessons: LessonLibrary, now: Date
    ) throws(StoreError) -> StudyOverview {
        let today = plan.calendar.studyDay(containing: now)
        let states = try store.cardStates()
        let studied = try store.studyCounts(in: today.start..<today.end)
        let queue = plan.queue(catalog: catalog, states: states.values, studied: studied, now: now)
        // Learning cards the queue already pulled in by learn-ahead are due now, not later.
        let queued = Set((queue.learning + queue.reviews).map(\.id))
        var laterToday = 0
        var unseen = 0
        for id in catalog.order {
            guard let state = states[id] else {
                unseen += 1
                continue
            }
            guard !state.suspended else { continue }
            if state.schedule.isNew {
                unseen += 1
            } else if state.schedule.due > now, state.schedule.due < today.end,
                !state.isBuried(at: today.end),
                !queued.contains(id)
            {
                laterToday += 1
            }
        }
        let monthAgo = now.addingTimeInterval(-Double(retentionDays) * 86_400)
        return StudyOverview(
            today: today, learningDue: queue.learning.count, reviewsDue: queue.reviews.count,
            newAvailable: queue.newCards.count, unseen: unseen,
            laterToday: laterToday,
            nextDue: queue.nextAvailable, answeredToday: studied.total,
            streak: try currentStreak(store: store, calendar: plan.calendar, today: today),
            retention: RetentionSummary(try store.recallCounts(in: monthAgo..<now), catalog: catalog).overall,
            nextLesson: LessonSuggestion.make(
                lessons: lessons, read: try store.lessonsRead(), states: states, catalog: catalog))
    }

    /// The streak read back in growing windows, so its cost follows the streak, not the history.
    static func currentStreak(
        store: ProgressStore, calendar: StudyCalendar, today: StudyDay
    ) throws(StoreError) -> Streak {
        var span = 64.0
        while true {
            let from = today.start.addingTimeInterval(-span * 86_400)
            let days = try store.reviewCountsPerDay(
                in: from..<today.end, timeZone: calendar.timeZone, dayStartsAt: calendar.startHour)
            let streak = Streak.make(activeDays: Set(days.map(\.day)), today: today)
            // A streak shorter than the window ended inside it; otherwise look further back.
            if Double(streak.current) < span - 2 || span > 100_000 { return streak }
            span *= 8
        }
    }
}
