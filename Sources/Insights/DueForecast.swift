import Foundation
import Progress
import Scheduling

/// How much work falls on one study day: the reviews coming due and, in exam mode, the new cards
/// the intake plans for it.
public struct ForecastDay: Sendable, Equatable {
    public let day: StudyDay
    /// Reviews (and learning steps) due that day.
    public let due: Int
    /// Of `due`, reviews exam mode brought forward from after the exam.
    public let broughtForward: Int
    /// New cards exam mode plans to introduce that day (0 without an exam date: new cards then
    /// come by the daily limit, not by a plan).
    public let newCards: Int

    public init(day: StudyDay, due: Int, broughtForward: Int = 0, newCards: Int = 0) {
        self.day = day
        self.due = due
        self.broughtForward = broughtForward
        self.newCards = newCards
    }

    /// Cards to answer that day, reviews and planned new cards.
    public var total: Int { due + newCards }
}

/// The reviews coming due over the next days, for the forecast chart of `stats` and the reports.
public enum DueForecast {
    /// Exam mode's part in a forecast: the goal moves dues as the queue does, and the intake
    /// plan spreads the cards not yet started over the days before the deadline.
    public struct ExamPlan: Sendable {
        public var goal: ExamGoal
        public var scheduler: FSRSScheduler
        /// Cards in scope not started before today (those started today included).
        public var newCards: Int
        /// New cards already started today.
        public var startedToday: Int
        /// The student's `new-per-day`, the intake's ceiling.
        public var ceiling: Int

        public init(goal: ExamGoal, scheduler: FSRSScheduler, newCards: Int, startedToday: Int, ceiling: Int)
        {
            self.goal = goal
            self.scheduler = scheduler
            self.newCards = newCards
            self.startedToday = startedToday
            self.ceiling = ceiling
        }
    }

    /// One entry per study day from today, `days` long.
    ///
    /// Today includes everything overdue. Suspended cards are left out; a skipped card counts on
    /// the day it comes back. Each card counts once, on its next due: the reviews a day's answers
    /// lead to later are not guessed at. Without exam mode new cards are left out (they come by
    /// the daily limit, not by date); with it (`exam`, while the exam is ahead), a review card
    /// counts on the day `FSRSScheduler.examDue` brings it to, and each day before the exam
    /// carries the new cards `ExamGoal.intake` plans for it, as if each day's plan is kept.
    public static func make(
        states: [String: CardState], catalog: CardCatalog, calendar: StudyCalendar, now: Date, days: Int = 14,
        exam: ExamPlan? = nil
    ) -> [ForecastDay] {
        guard days > 0 else { return [] }
        let exam = exam.flatMap { $0.goal.isAhead(of: now) ? $0 : nil }
        var studyDays = [calendar.studyDay(containing: now)]
        while studyDays.count < days, let last = studyDays.last {
            studyDays.append(calendar.studyDay(after: last))
        }
        var counts = [Int](repeating: 0, count: days)
        var broughtForward = [Int](repeating: 0, count: days)
        let horizon = studyDays[days - 1].end
        for id in catalog.order {
            guard let state = states[id], !state.suspended, !state.schedule.isNew else { continue }
            var due = state.schedule.due
            if let exam { due = exam.scheduler.examDue(of: state.schedule, goal: exam.goal) }
            let moved = due < state.schedule.due
            due = max(due, state.buriedUntil ?? due)
            guard due < horizon else { continue }
            // The first day whose end is after `due`; overdue cards land on today.
            var low = 0
            var high = days - 1
            while low < high {
                let middle = (low + high) / 2
                if studyDays[middle].end > due { high = middle } else { low = middle + 1 }
            }
            counts[low] += 1
            if moved { broughtForward[low] += 1 }
        }
        let planned = exam.map { plannedNewCards($0, on: studyDays) } ?? counts.map { _ in 0 }
        return studyDays.indices.map {
            ForecastDay(
                day: studyDays[$0], due: counts[$0], broughtForward: broughtForward[$0], newCards: planned[$0]
            )
        }
    }

    /// The new cards the intake plans for each day before the exam, replanned each morning from
    /// the cards still waiting, as the queue does (past the deadline, whatever is left at up to
    /// the ceiling a day); today's figure leaves out the cards already started.
    static func plannedNewCards(_ exam: ExamPlan, on studyDays: [StudyDay]) -> [Int] {
        var waiting = exam.newCards
        var startedToday = exam.startedToday
        return studyDays.map { day in
            let intake = exam.goal.intake(newCards: waiting, today: day.civilDay, ceiling: exam.ceiling)
            guard day.start < exam.goal.day else { return 0 }
            let count = min(waiting - startedToday, max(0, intake.perDay - startedToday))
            waiting -= count + startedToday
            startedToday = 0
            return max(0, count)
        }
    }
}
