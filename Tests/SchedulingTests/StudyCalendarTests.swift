import Foundation
import Testing

@testable import Scheduling

@Suite struct StudyCalendarTests {
    private func calendar(_ zone: String, startHour: Int = 4) throws -> StudyCalendar {
        try StudyCalendar(timeZone: try #require(TimeZone(identifier: zone)), startHour: startHour)
    }

    private func time(_ text: String) throws -> Date {
        try ISOTimestamp.parse(text).date
    }

    @Test func dayStartsAtFourInTheMorningByDefault() throws {
        let utc = try calendar("UTC")
        let lateNight = utc.studyDay(containing: try time("2025-01-08T03:59:59Z"))
        #expect(lateNight.label == "2025-01-07")
        #expect(lateNight.start == (try time("2025-01-07T04:00:00Z")))
        #expect(lateNight.end == (try time("2025-01-08T04:00:00Z")))
        let morning = utc.studyDay(containing: try time("2025-01-08T04:00:00Z"))
        #expect(morning.label == "2025-01-08")
        #expect(morning.contains(try time("2025-01-08T04:00:00Z")))
        #expect(!morning.contains(try time("2025-01-09T04:00:00Z")))
    }

    @Test func followsTheStudentsZone() throws {
        let berlin = try calendar("Europe/Berlin")
        let day = berlin.studyDay(containing: try time("2025-01-08T02:30:00Z"))  // 03:30 in Berlin
        #expect(day.label == "2025-01-07")
        #expect(day.start == (try time("2025-01-07T03:00:00Z")))
    }

    @Test func newYorkSpringForwardDayLasts23Hours() throws {
        let newYork = try calendar("America/New_York")
        let day = newYork.studyDay(containing: try time("2025-03-09T01:00:00Z"))  // 8 March, 20:00 EST
        #expect(day.label == "2025-03-08")
        #expect(day.start == (try time("2025-03-08T09:00:00Z")))
        #expect(day.end == (try time("2025-03-09T08:00:00Z")))
        #expect(day.length == 23 * 3_600)
        #expect(newYork.studyDay(after: day).length == 24 * 3_600)
    }

    @Test func newYorkFallBackDayLasts25Hours() throws {
        let day = try calendar("America/New_York").studyDay(containing: try time("2025-11-02T06:30:00Z"))
        #expect(day.label == "2025-11-01")
        #expect(day.start == (try time("2025-11-01T08:00:00Z")))
        #expect(day.end == (try time("2025-11-02T09:00:00Z")))
        #expect(day.length == 25 * 3_600)
    }

    @Test func berlinDaysAcrossBothChanges() throws {
        let berlin = try calendar("Europe/Berlin")
        let spring = berlin.studyDay(containing: try time("2025-03-29T12:00:00Z"))
        #expect(spring.start == (try time("2025-03-29T03:00:00Z")))
        #expect(spring.end == (try time("2025-03-30T02:00:00Z")))
        #expect(spring.length == 23 * 3_600)
        let autumn = berlin.studyDay(containing: try time("2025-10-25T12:00:00Z"))
        #expect(autumn.start == (try time("2025-10-25T02:00:00Z")))
        #expect(autumn.end == (try time("2025-10-26T03:00:00Z")))
        #expect(autumn.length == 25 * 3_600)
    }

    @Test func startHourSkippedByTheClockStartsTheDayAfterTheJump() throws {
        let newYork = try calendar("America/New_York", startHour: 2)
        let day = newYork.studyDay(containing: try time("2025-03-09T12:00:00Z"))
        #expect(day.label == "2025-03-09")
        #expect(day.start == (try time("2025-03-09T07:00:00Z")))  // 03:00 EDT
        // 01:30 EST that night still belongs to 8 March.
        #expect(newYork.studyDay(containing: try time("2025-03-09T06:30:00Z")).label == "2025-03-08")
    }

    @Test func startHourRepeatedByTheClockStartsAtItsFirstOccurrence() throws {
        let newYork = try calendar("America/New_York", startHour: 1)
        let day = newYork.studyDay(containing: try time("2025-11-02T05:30:00Z"))  // 01:30 EDT
        #expect(day.label == "2025-11-02")
        #expect(day.start == (try time("2025-11-02T05:00:00Z")))  // 01:00 EDT
    }

    @Test func daysTileAWholeYearWithoutGapsOrOverlaps() throws {
        for zone in ["Europe/Berlin", "America/New_York", "Australia/Sydney"] {
            let studyCalendar = try calendar(zone)
            var day = studyCalendar.studyDay(containing: try time("2025-01-01T12:00:00Z"))
            for _ in 0..<366 {
                let next = studyCalendar.studyDay(after: day)
                #expect(next.start == day.end)
                #expect([23.0, 24, 25].contains(next.length / 3_600))
                #expect(studyCalendar.studyDay(containing: next.end.addingTimeInterval(-0.001)) == next)
                day = next
            }
        }
    }

    @Test func defaultCalendarStartsAtFour() {
        #expect(StudyCalendar(timeZone: .gmt).startHour == 4)
    }

    @Test func refusesAnHourOutsideTheDay() {
        #expect(throws: StudyCalendarError.startHourOutOfRange(24)) {
            try StudyCalendar(timeZone: .gmt, startHour: 24)
        }
        #expect(StudyCalendarError.startHourOutOfRange(-1).description.contains("from 0 to 23"))
    }
}
