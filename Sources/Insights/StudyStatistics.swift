import Foundation
import Progress
import Scheduling

/// Everything `palpate stats` shows, gathered in one pass over the store.
public struct StudyStatistics: Sendable {
    /// A card that lapsed so often it was marked a leech.
    public struct Leech: Sendable, Equatable {
        public let cardID: String
        public let lapses: Int
        public let suspended: Bool
    }

    public let today: StudyDay
    public let forecast: [ForecastDay]
    /// The exam, when the forecast is exam mode's: up to the exam, with the reviews it brings
    /// forward and the new cards it plans.
    public let forecastExam: ExamGoal?
    /// Reviews per study day over `activityDays`, oldest first, days without reviews included.
    public let activity: [(day: StudyDay, reviews: Int)]
    /// True retention over the last 30 days, overall, by deck and by tag.
    public let retention: RetentionSummary
    public let cards: CardCounts
    /// Leeches still in a deck, most lapses first.
    public let leeches: [Leech]
    /// Over the whole history (the longest streak needs it all; per-day counts are grouped in SQL).
    public let streak: Streak

    /// - Parameters:
    ///   - forecastDays: how far the due forecast looks ahead (14 by default; in exam mode at
    ///     least up to the exam's day, with its brought-forward reviews and planned new cards).
    ///   - activityDays: how far back the per-day activity goes (12 weeks by default).
    public static func make(
        store: ProgressStore, catalog: CardCatalog, plan: StudyPlan, now: Date, forecastDays: Int = 14,
        activityDays: Int = 84
    ) throws(StoreError) -> StudyStatistics {
        let calendar = plan.calendar
        let today = calendar.studyDay(containing: now)
        let states = try store.cardStates()
        let perDay = try store.reviewCountsPerDay(
            in: TimeSpan(before: today.end), timeZone: calendar.timeZone, dayStartsAt: calendar.startHour)
        let counts = Dictionary(perDay.map { ($0.day, $0.reviews) }, uniquingKeysWith: +)
        var days = [today]
        while days.count < activityDays, let first = days.first {
            days.insert(calendar.studyDay(containing: first.start.addingTimeInterval(-1)), at: 0)
        }
        let studied = try store.studyCounts(in: today.start..<today.end)
        let exam = plan.examForecast(
            cards: catalog.queueCards(states: states.values), studied: studied, now: now)
        let monthAgo = now.addingTimeInterval(-Double(StudyOverview.retentionDays) * 86_400)
        let leeches = catalog.order.compactMap { id -> Leech? in
            guard let state = states[id], state.leech else { return nil }
            return Leech(cardID: id, lapses: state.lapses, suspended: state.suspended)
        }
        return StudyStatistics(
            today: today,
            forecast: DueForecast.make(
                states: states, catalog: catalog, calendar: calendar, now: now,
                days: max(forecastDays, plan.daysToExam(from: now).map { $0 + 1 } ?? 0), exam: exam),
            forecastExam: exam?.goal,
            activity: days.map { ($0, counts[$0.label] ?? 0) },
            retention: RetentionSummary(try store.recallCounts(in: monthAgo..<now), catalog: catalog),
            cards: CardCounts.make(states: states, catalog: catalog, now: now),
            leeches: leeches.sorted { ($0.lapses, $1.cardID) > ($1.lapses, $0.cardID) },
            streak: Streak.make(activeDays: Set(counts.keys), today: today))
    }
}
