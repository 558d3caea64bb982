import Foundation
import Testing

@testable import Scheduling

@Suite struct InstantTests {
    @Test func roundTripsThroughDateToTheMicrosecond() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<1_000 {
            // 1900 to 2130.
            let micros = Int64(random.nextDouble() * 7.26e15) - 2_208_988_800_000_000
            let instant = Instant(microsecondsSince1970: micros)
            #expect(Instant(instant.date) == instant)
        }
    }

    @Test func wholeDaysRoundDownLikeTimedelta() {
        let start = Instant(microsecondsSince1970: 0)
        #expect(start.adding(microseconds: Instant.microsecondsPerDay - 1).days(since: start) == 0)
        #expect(start.adding(days: 1).days(since: start) == 1)
        #expect(start.adding(microseconds: -1).days(since: start) == -1)
    }
}
