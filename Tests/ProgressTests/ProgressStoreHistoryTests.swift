import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreHistoryTests {
    /// In Berlin time (UTC+2), with days starting at 04:00:
    /// - May 1 10:00  card a first review (new)
    /// - May 1 10:05  card a learning step
    /// - May 1 12:00  card g, graduated earlier, reviewed (a "review")
    /// - May 2 03:00  card b first review: still the study day of May 1
    /// - May 2 09:00  card c first review: the study day of May 2
    private func history() throws -> (ProgressStore, [Date]) {
        let store = try ProgressStore.inMemory()
        let earlier = may1 - days(10)
        try store.recordReview(
            NewReview(
                cardID: "g", sessionID: nil, reviewedAt: earlier, rating: .good,
                schedule: reviewSchedule(at: earlier, interval: days(10))))
        let times = [may1, may1 + minutes(5), may1 + hours(2), may1 + hours(17), may1 + hours(23)]
        let cards = ["a", "a", "g", "b", "c"]
        for (time, card) in zip(times, cards) {
            let schedule =
                card == "g"
                ? reviewSchedule(at: time, interval: days(20))
                : learningSchedule(at: time, step: 1, wait: 600)
            try store.recordReview(
                NewReview(cardID: card, sessionID: nil, reviewedAt: time, rating: .good, schedule: schedule))
        }
        return (store, times)
    }

    @Test func dailyCountsSplitNewCardsReviewsAndLearningSteps() throws {
        let (store, _) = try history()
        // The study day of May 1 in Berlin: May 1 04:00 to May 2 04:00 local = 02:00 to 02:00 UTC.
        let start = may1 - hours(6)
        let counts = try store.studyCounts(in: start..<start + days(1))
        #expect(counts == StudyCounts(newCards: 2, reviews: 1, total: 4))
        let nextDay = try store.studyCounts(in: start + days(1)..<start + days(2))
        #expect(nextDay == StudyCounts(newCards: 1, reviews: 0, total: 1))
    }

    @Test func theRangeIncludesItsStartAndExcludesItsEnd() throws {
        let (store, times) = try history()
        #expect(try store.studyCounts(in: times[0]..<times[1]).total == 1)
        #expect(try store.studyCounts(in: times[0]..<times[0]).total == 0)
    }

    @Test func perDayCountsFollowTheStudentsDayStart() throws {
        let (store, _) = try history()
        let counts = try store.reviewCountsPerDay(
            in: may1 - days(30)..<may1 + days(30), timeZone: berlin, dayStartsAt: 4)
        #expect(
            counts == [
                DayCount(day: "2024-04-21", reviews: 1, newCards: 1),
                DayCount(day: "2024-05-01", reviews: 4, newCards: 2),
                DayCount(day: "2024-05-02", reviews: 1, newCards: 1),
            ])
        let midnight = try store.reviewCountsPerDay(
            in: may1..<may1 + days(2), timeZone: berlin, dayStartsAt: 0)
        #expect(midnight.map(\.reviews) == [3, 2])
    }

    @Test func aHalfHourZoneSplitsDaysAtTheSecondTheDayStarts() throws {
        // Kolkata is UTC+05:30: its 04:00 day start is 22:30 UTC the evening before.
        let store = try ProgressStore.inMemory()
        let dayStart = may1 - hours(9.5)  // 2024-04-30T22:30:00Z = May 1 04:00 in Kolkata
        for time in [dayStart - 1, dayStart, dayStart + 1] {
            try store.recordReview(
                NewReview(
                    cardID: "c\(time.timeIntervalSince1970)", sessionID: nil, reviewedAt: time, rating: .good,
                    schedule: learningSchedule(at: time, step: 1, wait: 600)))
        }
        let counts = try store.reviewCountsPerDay(
            in: may1 - days(2)..<may1 + days(2), timeZone: TimeZone(identifier: "Asia/Kolkata")!,
            dayStartsAt: 4)
        #expect(
            counts == [
                DayCount(day: "2024-04-30", reviews: 1, newCards: 1),
                DayCount(day: "2024-05-01", reviews: 2, newCards: 2),
            ])
    }

    @Test func perDayCountsEqualACountOfTheLogForRangesEndingMidQuarterHour() throws {
        let store = try ProgressStore.inMemory()
        let start = may1 - hours(8)  // midnight in UTC, 02:00 in Berlin, 05:30 in Kolkata
        try store.importReviews(
            scatteredReviews(count: 3_000, cards: 200, from: start, over: days(6), seed: 7))
        let microsecond = 0.000_001
        let quarter = minutes(15)
        let ranges: [Range<Date>] = [
            start - days(1)..<start + days(7),  // everything, on quarter hours
            start + microsecond..<start + days(3) - microsecond,  // a microsecond inside each end
            start - microsecond..<start + days(3) + microsecond,  // a microsecond outside each end
            start + minutes(7.5)..<start + days(2) + minutes(22.5),  // halfway through quarter hours
            start + days(1) + minutes(1)..<start + days(1) + minutes(14),  // inside one quarter hour
            start + days(1) + minutes(14)..<start + days(1) + minutes(31),  // across one boundary
            start + days(1) + quarter..<start + days(1) + 2 * quarter,  // exactly one quarter hour
            start + days(2)..<start + days(2),  // empty
        ]
        let zones = [utc, berlin, TimeZone(identifier: "Asia/Kolkata")!]
        for range in ranges {
            for zone in zones {
                for dayStart in [0, 4] {
                    let counts = try store.reviewCountsPerDay(
                        in: range, timeZone: zone, dayStartsAt: dayStart)
                    let expected = try perDayCountsFromLog(
                        store, in: range, timeZone: zone, dayStartsAt: dayStart)
                    #expect(counts == expected, "\(range) in \(zone.identifier), days from \(dayStart):00")
                }
            }
        }
        let everything = try store.reviewCountsPerDay(in: ranges[0], timeZone: berlin, dayStartsAt: 4)
        #expect(everything.map(\.reviews).reduce(0, +) == 3_000)
    }

    @Test func perDayCountsFollowUndoAtTheEdgesOfARange() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        let reviews = scatteredReviews(
            count: 400, cards: 30, from: may1, over: days(2), seed: 8, sessionID: session)
        for review in reviews { try store.recordReview(review) }
        for _ in 0..<100 { try store.undoLastReview(sessionID: session) }
        let range = may1 + minutes(3)..<may1 + days(2) - minutes(3)
        #expect(
            try store.reviewCountsPerDay(in: range, timeZone: berlin, dayStartsAt: 4)
                == perDayCountsFromLog(store, in: range, timeZone: berlin, dayStartsAt: 4))
    }

    @Test func theCursorStreamsAllReviewsInRangeOldestFirst() throws {
        let (store, times) = try history()
        let cursor = try store.reviews(in: may1..<may1 + days(2))
        var seen: [Date] = []
        while let review = try cursor.next() { seen.append(review.reviewedAt) }
        #expect(seen == times)
        #expect(try cursor.next() == nil)
    }
}
