import Testing

@testable import Reports

@Suite struct ReportNumbersTests {
    @Test func decimalsAreRoundedHalfAwayFromZeroWithEveryPlaceWritten() {
        #expect(ReportNumbers.decimals(123.456, places: 1) == "123.5")
        #expect(ReportNumbers.decimals(1.25, places: 1) == "1.3")
        #expect(ReportNumbers.decimals(0.0005, places: 3) == "0.001")
        #expect(ReportNumbers.decimals(7, places: 3) == "7.000")
        #expect(ReportNumbers.decimals(-2.5, places: 3) == "-2.500")
    }

    @Test func aNegativeValueThatRoundsToZeroHasNoSign() {
        #expect(ReportNumbers.decimals(-0.04, places: 1) == "0.0")
    }

    @Test func missingValuesAreEmptyCells() {
        #expect(ReportNumbers.seconds(nil) == "")
        #expect(ReportNumbers.fraction(nil) == "")
        #expect(ReportNumbers.fraction(.infinity) == "")
        #expect(ReportNumbers.seconds(4.25) == "4.3")
    }
}
