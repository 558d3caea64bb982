import Foundation
import Testing

@testable import Insights

@Suite struct DueForecastTests {
    @Test func overdueCardsAreDueTodayAndLaterCardsOnTheirStudyDay() {
        let ids = ["overdue", "today", "tonight", "tomorrow", "farAway", "new", "suspended", "buried"]
        let catalog = CardCatalog(library: library(["d": ids.map { ($0, []) }]))
        let states = [
            "d/overdue": state("d/overdue", due: monday.addingTimeInterval(-days(10))),
            "d/today": state("d/today", due: monday.addingTimeInterval(3_600)),
            // 02:00 on Tuesday still belongs to Monday's study day, which ends at 04:00.
            "d/tonight": state("d/tonight", due: Date(timeIntervalSince1970: 1_772_503_200)),
            "d/tomorrow": state("d/tomorrow", due: monday.addingTimeInterval(days(1))),
            "d/farAway": state("d/farAway", due: monday.addingTimeInterval(days(30))),
            "d/suspended": state("d/suspended", due: monday, suspended: true),
            "d/buried": state("d/buried", due: monday, buriedUntil: monday.addingTimeInterval(days(2))),
        ]
        let forecast = DueForecast.make(
            states: states, catalog: catalog, calendar: utcCalendar, now: monday, days: 14)
        #expect(forecast.count == 14)
        #expect(forecast.map(\.day.label).prefix(3) == ["2026-03-02", "2026-03-03", "2026-03-04"])
        #expect(forecast.map(\.due).prefix(4) == [3, 1, 1, 0])
        #expect(forecast.map(\.due).reduce(0, +) == 5)
    }

    @Test func zeroDaysIsAnEmptyForecast() {
        let catalog = CardCatalog(library: library(["d": [("a", [])]]))
        #expect(
            DueForecast.make(states: [:], catalog: catalog, calendar: utcCalendar, now: monday, days: 0)
                .isEmpty)
    }
}
