import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreReviewLogTests {
    /// Card a: new, then a learning step, then graduated, then forgotten (a lapse), then again.
    private func history() throws -> (ProgressStore, [Date]) {
        let store = try ProgressStore.inMemory()
        let times = (0..<5).map { may1 + days(Double($0)) }
        let steps: [(Rating, CardSchedule)] = [
            (.good, learningSchedule(at: times[0], step: 1, wait: 600)),
            (.good, reviewSchedule(at: times[1], interval: days(1))),
            (.again, learningSchedule(at: times[2], step: 0, wait: 600)),
            (.good, reviewSchedule(at: times[3], interval: days(1))),
        ]
        for (index, (rating, schedule)) in steps.enumerated() {
            try store.recordReview(
                NewReview(
                    cardID: "a", sessionID: nil, reviewedAt: times[index], rating: rating, schedule: schedule,
                    answer: index == 2 ? "wrong" : nil, correct: index == 2 ? false : nil,
                    durationMilliseconds: 1_000 * (index + 1)))
        }
        try store.recordReview(
            NewReview(
                cardID: "b", sessionID: nil, reviewedAt: times[4], rating: .hard,
                schedule: learningSchedule(at: times[4], step: 0, wait: 60)))
        return (store, times)
    }

    private func all(_ cursor: ReviewLogCursor) throws -> [ReviewLogEntry] {
        var entries: [ReviewLogEntry] = []
        while let entry = try cursor.next() { entries.append(entry) }
        return entries
    }

    @Test func theLogAgreesWithTheFullReviewRows() throws {
        let (store, _) = try history()
        let range = Date.distantPast..<Date.distantFuture
        let entries = try all(try store.reviewLog(in: range))
        var records: [ReviewRecord] = []
        let cursor = try store.reviews(in: range)
        while let record = try cursor.next() { records.append(record) }

        #expect(entries.count == 5)
        #expect(entries.map(\.id) == records.map(\.id))
        #expect(entries.map(\.cardID) == records.map(\.cardID))
        #expect(entries.map(\.reviewedAt) == records.map(\.reviewedAt))
        #expect(entries.map(\.rating) == records.map(\.rating))
        #expect(entries.map(\.answer) == records.map(\.answer))
        #expect(entries.map(\.correct) == records.map(\.correct))
        #expect(entries.map(\.durationMilliseconds) == records.map(\.durationMilliseconds))
        #expect(entries.map(\.isFirstReview) == records.map(\.isFirstReview))
        #expect(entries.map(\.phaseBefore) == records.map { $0.before?.schedule.phase })
        #expect(entries.map(\.lapsesBefore) == records.map { $0.before?.lapses ?? 0 })
    }

    @Test func onlyReviewsOfGraduatedCardsCountForRetention() throws {
        let (store, _) = try history()
        let entries = try all(try store.reviewLog(in: Date.distantPast..<Date.distantFuture))
        #expect(entries.map(\.wasGraduated) == [false, false, true, false, false])
        #expect(entries.map(\.lapsesBefore) == [0, 0, 0, 1, 0])
        #expect(entries.map(\.isFirstReview) == [true, false, false, false, true])
    }

    @Test func theRangeIncludesItsStartAndExcludesItsEnd() throws {
        let (store, times) = try history()
        let entries = try all(try store.reviewLog(in: times[1]..<times[3]))
        #expect(entries.map(\.reviewedAt) == [times[1], times[2]])
    }
}
