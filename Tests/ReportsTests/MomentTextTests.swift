import Foundation
import Testing

@testable import Reports

@Suite struct MomentTextTests {
    @Test func timesAreWrittenInUTCToTheMinuteRoundedDown() {
        var moments = MomentText()
        // 2026-01-01T09:00:59.999Z
        #expect(moments.text(reportTime.addingTimeInterval(59.999)) == "2026-01-01 09:00 UTC")
        #expect(ReportNumbers.moment(reportTime) == "2026-01-01 09:00 UTC")
        #expect(ReportNumbers.moment(nil) == "–")
    }

    @Test func aRunOfTimesCrossingMidnightTakesEachDayFromItsOwnTime() {
        var moments = MomentText()
        let midnight = Date(timeIntervalSince1970: 1_767_312_000)  // 2026-01-02T00:00:00Z
        let times = [-61.0, -0.5, 0, 0.5, 3_600 * 23 + 59 * 60, -86_400 * 366].map {
            midnight.addingTimeInterval($0)
        }
        #expect(
            times.map { moments.text($0) } == [
                "2026-01-01 23:58 UTC", "2026-01-01 23:59 UTC", "2026-01-02 00:00 UTC",
                "2026-01-02 00:00 UTC",
                "2026-01-02 23:59 UTC", "2025-01-01 00:00 UTC",
            ])
    }

    @Test func timesBefore1970FallOnTheDayBefore() {
        var moments = MomentText()
        #expect(moments.text(Date(timeIntervalSince1970: -1)) == "1969-12-31 23:59 UTC")
    }
}
