import Testing

@testable import Scheduling

@Suite struct CivilDayTests {
    /// A date of the right form that is no day says why (a student typed 2026-02-30).
    @Test func aDateThatIsNoDaySaysWhy() {
        #expect(CivilDay.whyNoDay("2026-02-30") == "February 2026 has 28 days")
        #expect(CivilDay.whyNoDay("2028-02-30") == "February 2028 has 29 days")
        #expect(CivilDay.whyNoDay("2026-04-31") == "April 2026 has 30 days")
        #expect(CivilDay.whyNoDay("2026-13-01") == "there is no month 13")
        #expect(CivilDay.whyNoDay("2026-03-00") == "days start at 01")
        #expect(CivilDay.whyNoDay("2026-03-14") == nil)
        #expect(CivilDay.whyNoDay("March 14") == nil)
    }

    @Test func theFastComponentsAgreeWithTheEraAlgorithm() {
        // Every day from 1600 to 2400, the edges of the fast range, and a spread across it.
        var days = Array(
            CivilDay(year: 1600, month: 1, day: 1).ordinal...CivilDay(year: 2400, month: 1, day: 1).ordinal)
        days += [
            CivilDay.fastRange.lowerBound, CivilDay.fastRange.lowerBound + 1,
            CivilDay.fastRange.upperBound - 1,
            CivilDay.fastRange.upperBound - 2, 0, -1, 59, 60, -719_162,
        ]
        var random = SplitMix64(seed: 5)
        for _ in 0..<200_000 {
            days.append(CivilDay.fastRange.lowerBound + Int(random.next() % UInt64(CivilDay.fastRange.count)))
        }
        var disagreements = 0
        for day in days {
            let date = CivilDay(ordinal: day)
            if date.componentsInFastRange != date.componentsByEras { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test func componentsRoundTripInsideAndOutsideTheFastRange() {
        for day in [
            CivilDay.fastRange.lowerBound - 1, CivilDay.fastRange.upperBound, -20_000_000, 2_000_000_000, 0,
            19_784,
        ] {
            let (year, month, dayOfMonth) = CivilDay(ordinal: day).components
            #expect(CivilDay(year: year, month: month, day: dayOfMonth).ordinal == day, "\(day)")
        }
        #expect(CivilDay(ordinal: 19_784).components == (2024, 03, 02))
        #expect(CivilDay(ordinal: 0).components == (1970, 1, 1))
        #expect(CivilDay(ordinal: -1).components == (1969, 12, 31))
    }
}
