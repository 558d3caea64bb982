import Foundation
import Scheduling
import Testing

@testable import PalpateCLI

private func zone(_ identifier: String) -> TimeZone { TimeZone(identifier: identifier)! }

private func formatter(_ identifier: String, startHour: Int = 4) throws -> MomentFormatter {
    let timeZone = zone(identifier)
    return MomentFormatter(
        timeZone: timeZone, calendar: try StudyCalendar(timeZone: timeZone, startHour: startHour))
}

private func utc(_ text: String) throws -> Date { try ISOTimestamp.parse(text).date }

@Suite struct MomentFormatterTests {
    @Test func aMomentInThePastIsNowNeverANegativeWait() throws {
        let now = try utc("2026-01-10T20:00:00Z")
        let berlin = try formatter("Europe/Berlin")
        #expect(berlin.describe(now, relativeTo: now) == "now")
        #expect(berlin.describe(now.addingTimeInterval(-3 * 86_400), relativeTo: now) == "now")
    }

    @Test func todayAndTheClockFollowTheStudentsTimeZone() throws {
        let now = try utc("2026-01-10T20:00:00Z")
        let due = try utc("2026-01-11T02:00:00Z")
        // 03:00 in Berlin is before the 04:00 day start: still today. 21:00 in New York. In Tokyo
        // it is 05:00 now and 11:00 then, the same study day.
        #expect(try formatter("Europe/Berlin").describe(due, relativeTo: now) == "today at 03:00")
        #expect(try formatter("America/New_York").describe(due, relativeTo: now) == "today at 21:00")
        #expect(try formatter("Asia/Tokyo").describe(due, relativeTo: now) == "today at 11:00")
        #expect(
            try formatter("Asia/Tokyo").describe(due.addingTimeInterval(86_400), relativeTo: now)
                == "tomorrow")
    }

    @Test func daysAcrossDaylightSavingChangesCountAsWholeDays() throws {
        let berlin = try formatter("Europe/Berlin")
        // Spring forward on 29 March 2026 (a 23-hour day), fall back on 25 October (25 hours).
        let beforeSpring = try utc("2026-03-28T10:00:00Z")
        #expect(
            berlin.describe(try utc("2026-03-30T10:00:00Z"), relativeTo: beforeSpring)
                == "in 2 days (2026-03-30)")
        #expect(berlin.describe(try utc("2026-03-29T22:30:00Z"), relativeTo: beforeSpring) == "tomorrow")
        let beforeFall = try utc("2026-10-24T10:00:00Z")
        #expect(berlin.describe(try utc("2026-10-26T02:59:00Z"), relativeTo: beforeFall) == "tomorrow")
        #expect(
            berlin.describe(try utc("2026-10-26T03:00:00Z"), relativeTo: beforeFall)
                == "in 2 days (2026-10-26)")
    }
}
