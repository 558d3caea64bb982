import Foundation
import Progress
import Scheduling

/// How many reviews fall due on one study day.
public struct ForecastDay: Sendable, Equatable {
    public let day: StudyDay
    public let due: Int

    public init(day: StudyDay, due: Int) {
        self.day = day
        self.due = due
    }
}

/// The reviews coming due over the next days, for the forecast chart of `stats` and the reports.
public enum DueForecast {
    /// One entry per study day from today, `days` long.
    ///
    /// Today includes everything overdue. New cards (they come by the daily limit, not by date)
    /// and suspended cards are left out; a skipped card counts on the day it comes back.
    public static func make(
        states: [String: CardState], catalog: CardCatalog, calendar: StudyCalendar, now: Date, days: Int = 14
    ) -> [ForecastDay] {
        guard days > 0 else { return [] }
        var studyDays = [calendar.studyDay(containing: now)]
        while studyDays.count < days, let last = studyDays.last {
            studyDays.append(calendar.studyDay(after: last))
        }
        var counts = [Int](repeating: 0, count: days)
        let horizon = studyDays[days - 1].end
        for id in catalog.order {
            guard let state = states[id], !state.suspended, !state.schedule.isNew else { continue }
            let due = max(state.schedule.due, state.buriedUntil ?? state.schedule.due)
            guard due < horizon else { continue }
            // The first day whose end is after `due`; overdue cards land on today.
            var low = 0
            var high = days - 1
            while low < high {
                let middle = (low + high) / 2
                if studyDays[middle].end > due { high = middle } else { low = middle + 1 }
            }
            counts[low] += 1
        }
        return zip(studyDays, counts).map { ForecastDay(day: $0, due: $1) }
    }
}
