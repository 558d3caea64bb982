import Foundation
import Testing

@testable import Insights

@Suite struct StreakTests {
    private let today = utcCalendar.studyDay(containing: monday)  // 2026-03-02

    @Test func theStreakRunsBackFromTodayAcrossAMonthEnd() {
        let streak = Streak.make(
            activeDays: ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-02-20"], today: today)
        #expect(streak == Streak(current: 4, longest: 4, studiedToday: true))
    }

    @Test func notYetStudiedTodayKeepsYesterdaysStreakAlive() {
        let streak = Streak.make(activeDays: ["2026-02-28", "2026-03-01"], today: today)
        #expect(streak == Streak(current: 2, longest: 2, studiedToday: false))
    }

    @Test func aMissedDayEndsTheStreakButNotTheLongest() {
        let streak = Streak.make(
            activeDays: ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2026-02-28"], today: today)
        #expect(streak == Streak(current: 0, longest: 4, studiedToday: false))
    }

    @Test func dayNumbersCountLeapDaysAndRejectGarbage() {
        #expect(Streak.dayNumber("1970-01-01") == 0)
        #expect(Streak.dayNumber("2024-03-01")! - Streak.dayNumber("2024-02-28")! == 2)
        #expect(Streak.dayNumber("2026-13-01") == nil)
        #expect(Streak.dayNumber("yesterday") == nil)
    }
}

@Suite struct StudyDayWeekdayTests {
    @Test func weekdaysFollowISOFromMondayOne() {
        let monday2026 = utcCalendar.studyDay(containing: monday)
        #expect(monday2026.weekday == 1)
        #expect(utcCalendar.studyDay(after: monday2026).weekday == 2)
        let sunday = utcCalendar.studyDay(containing: monday.addingTimeInterval(-days(1)))
        #expect(sunday.weekday == 7)
    }
}
