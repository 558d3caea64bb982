import Foundation
import Progress
import Scheduling

/// The student's settings turned into the scheduler, calendar and limits a session uses.
public struct StudyPlan: Sendable {
    public var scheduler: FSRSScheduler
    public var calendar: StudyCalendar
    public var limits: DailyLimits
    public var leeches: LeechPolicy
    /// Exam mode, when an exam date is set (it stays set after the day; it then changes nothing).
    public var exam: ExamGoal?

    /// Settings that pass `palpate config` validation but still cannot build a scheduler.
    public struct UnusableSettings: Error, CustomStringConvertible {
        public let reason: String
        public var description: String {
            "your settings cannot be used (\(reason)); fix them with 'palpate config'"
        }
    }

    public init(settings: StudentSettings, timeZone: TimeZone) throws(UnusableSettings) {
        do {
            let options = try SchedulerOptions(
                parameters: settings.parameters, desiredRetention: settings.desiredRetention,
                learningSteps: settings.learningSteps,
                relearningSteps: settings.relearningSteps, maximumInterval: settings.maximumInterval,
                fuzzEnabled: true)
            scheduler = FSRSScheduler(options: options)
            calendar = try StudyCalendar(timeZone: timeZone, startHour: settings.dayStartsAt)
            leeches = try LeechPolicy()
        } catch {
            throw UnusableSettings(reason: "\(error)")
        }
        limits = DailyLimits(newCards: settings.newPerDay, reviews: settings.reviewsPerDay)
        exam = settings.examDate.map { date in
            ExamGoal(day: calendar.studyDay(on: date).start, date: date, target: settings.examTarget)
        }
    }

    /// Exam mode's plan for new cards today, while the exam is ahead: `cards` are the cards in
    /// scope, `studied` today's counts.
    public func examIntake(cards: [QueueCard], studied: StudyCounts, now: Date) -> ExamIntake? {
        guard let exam, exam.isAhead(of: now) else { return nil }
        let waiting = cards.count { $0.isNew && !$0.isSuspended }
        return exam.intake(
            newCards: waiting + studied.newCards, today: calendar.studyDay(containing: now).civilDay,
            ceiling: limits.newCards)
    }

    /// Exam mode's part in the due forecast, while the exam is ahead: the goal, and the cards the
    /// intake still has to plan for (`cards` in scope, `studied` today's counts).
    public func examForecast(cards: [QueueCard], studied: StudyCounts, now: Date) -> DueForecast.ExamPlan? {
        guard let exam, exam.isAhead(of: now) else { return nil }
        let waiting = cards.count { $0.isNew && !$0.isSuspended }
        return DueForecast.ExamPlan(
            goal: exam, scheduler: scheduler, newCards: waiting + studied.newCards,
            startedToday: studied.newCards,
            ceiling: limits.newCards)
    }

    /// Study days from `now`'s to the last one before the exam, while it is ahead: how long a
    /// forecast must be to reach the exam.
    public func daysToExam(from now: Date) -> Int? {
        guard let exam, exam.isAhead(of: now) else { return nil }
        return exam.date.ordinal - calendar.studyDay(containing: now).civilDay.ordinal
    }

    /// Today's queue: the catalog's cards with their stored states, less what was already studied
    /// today. `newCardAllowance` caps the new cards of this session (`review --new N`).
    ///
    /// `states` holds each stored card at most once, in any order (a list or a dictionary's values).
    public func queue(
        catalog: CardCatalog, states: some Sequence<CardState>, studied: StudyCounts, now: Date,
        newCardAllowance: Int? = nil
    ) -> DailyQueue {
        queue(
            cards: catalog.queueCards(states: states), studied: studied, now: now,
            newCardAllowance: newCardAllowance)
    }

    /// Today's queue read from the store: card states (not the review log) and today's counts, so
    /// the cost grows with the number of cards, not with the length of the history.
    public func queue(catalog: CardCatalog, store: ProgressStore, now: Date) throws(StoreError) -> DailyQueue
    {
        let day = calendar.studyDay(containing: now)
        // The stored states are let go once they are queue cards, before the queue is ordered.
        let cards = catalog.queueCards(states: try store.cardStateList())
        return queue(cards: cards, studied: try store.studyCounts(in: day.start..<day.end), now: now)
    }

    private func queue(cards: [QueueCard], studied: StudyCounts, now: Date, newCardAllowance: Int? = nil)
        -> DailyQueue
    {
        var limits = limits
        if let intake = examIntake(cards: cards, studied: studied, now: now) {
            limits.newCards = intake.perDay
        }
        if let newCardAllowance {
            limits.newCards = studied.newCards + max(0, newCardAllowance)
        }
        return DailyQueue(
            cards: cards,
            done: DailyCounts(newCardsIntroduced: studied.newCards, reviewsDone: studied.reviews),
            limits: limits, now: now, calendar: calendar, scheduler: scheduler, exam: exam)
    }
}
