import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct TimeSpanTests {
    /// Reviews on either side of `Date.distantFuture` (4001-01-01), at the epoch and in 9999.
    private func store() throws -> (ProgressStore, [Date]) {
        let store = try ProgressStore.inMemory()
        let times = [
            Date(timeIntervalSince1970: 0), may1, Date.distantFuture.addingTimeInterval(-60),
            Date.distantFuture.addingTimeInterval(86_400 * 180),
            try ISOTimestamp.parse("9999-12-30T10:00:00Z").date,
        ]
        for (index, time) in times.enumerated() {
            try store.recordReview(
                NewReview(
                    cardID: "c\(index)", sessionID: nil, reviewedAt: time, rating: .good,
                    schedule: learningSchedule(at: time, step: 1, wait: 600)))
        }
        return (store, times)
    }

    @Test func anOpenEndHasNoBoundAndReadsEveryReview() throws {
        let (store, times) = try store()
        var log: [Date] = []
        let cursor = try store.reviewLog(in: .all)
        while let entry = try cursor.next() { log.append(entry.reviewedAt) }
        #expect(log == times.map(StoredTime.rounded))
        #expect(try store.studyCounts(in: .all).total == 5)
        #expect(try store.studyCounts(in: TimeSpan(from: times[2])).total == 3)
        #expect(try store.studyCounts(in: TimeSpan(before: times[2])).total == 2)
        let days = try store.reviewCountsPerDay(in: .all, timeZone: .gmt, dayStartsAt: 4)
        #expect(days.map(\.day) == ["1969-12-31", "2024-05-01", "4000-12-31", "4001-06-29", "9999-12-30"])
        #expect(days.map(\.reviews) == [1, 1, 1, 1, 1])
    }

    @Test func aClosedSpanIsTheRangeItWasMadeFrom() {
        let range = may1..<may1.addingTimeInterval(60)
        #expect(TimeSpan(range) == TimeSpan(from: may1, before: may1.addingTimeInterval(60)))
        #expect(TimeSpan.all.storedBounds == (Int64.min, Int64.max))
    }
}
