import Foundation
import Testing

@testable import Progress

@Suite struct StoredTimeTests {
    @Test func aMicrosecondInstantRoundTripsExactly() {
        let date = StoredTime.date(microseconds: 1_714_550_400_123_456)
        #expect(StoredTime.microseconds(of: date) == 1_714_550_400_123_456)
        #expect(StoredTime.rounded(date) == date)
    }

    @Test func finerInstantsRoundToTheNearestMicrosecond() {
        let date = Date(timeIntervalSince1970: 1_714_550_400.000_000_7)
        #expect(StoredTime.microseconds(of: date) == 1_714_550_400_000_001)
    }

    @Test func instantsBefore1970AreNegative() {
        let date = Date(timeIntervalSince1970: -1.5)
        #expect(StoredTime.microseconds(of: date) == -1_500_000)
        #expect(StoredTime.date(microseconds: -1_500_000) == date)
    }
}
