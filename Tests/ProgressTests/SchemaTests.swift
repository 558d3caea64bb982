import Foundation
import Scheduling
import Testing

@testable import Progress

/// The review summary (`review_buckets`) stays equal to the log on every path that writes it.
@Suite struct SchemaTests {
    @Test func theSummaryFollowsAnsweringAndUndo() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        let reviews = scatteredReviews(
            count: 300, cards: 40, from: may1, over: days(3), seed: 1, sessionID: session)
        for review in reviews { try store.recordReview(review) }
        #expect(try bucketSummary(store.database).count > 50)
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))

        // The newest review, alone in its bucket a month later: undoing it empties the bucket.
        try store.recordReview(
            NewReview(
                cardID: "late", sessionID: session, reviewedAt: may1 + days(30), rating: .good,
                schedule: learningSchedule(at: may1 + days(30), step: 1, wait: 600)))
        let withLate = try bucketSummary(store.database)
        try #require(try store.undoLastReview(sessionID: session)?.cardID == "late")
        #expect(try bucketSummary(store.database) == Array(withLate.dropLast()))

        var undone = 0
        while undone < 60, try store.undoLastReview(sessionID: session) != nil { undone += 1 }
        #expect(undone == 60)
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))
    }

    @Test func theSummaryFollowsImportsAndKeepsNothingOfAFailedOne() throws {
        let store = try ProgressStore.inMemory()
        try store.importReviews(
            scatteredReviews(count: 2_000, cards: 300, from: may1, over: days(20), seed: 2))
        #expect(try bucketSummary(store.database).map(\.reviews).reduce(0, +) == 2_000)
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))

        let before = try bucketSummary(store.database)
        let unknownSession = SessionID(rawValue: 999)
        #expect(throws: StoreError.self) {
            try store.importReviews(
                scatteredReviews(count: 50, cards: 5, from: may1, over: days(1), seed: 3)
                    + scatteredReviews(
                        count: 1, cards: 1, from: may1, over: 1, seed: 4, sessionID: unknownSession))
        }
        #expect(try bucketSummary(store.database) == before)
    }

    @Test func theSummaryFollowsEditsAndDeletionsOfTheLog() throws {
        let store = try ProgressStore.inMemory()
        try store.importReviews(scatteredReviews(count: 500, cards: 50, from: may1, over: days(5), seed: 5))
        // As a repair by hand might: move reviews in time, forget what came before, delete some.
        try store.database.execute(
            "UPDATE reviews SET reviewed_at = reviewed_at + 420000000 WHERE id % 3 = 0")
        try store.database.execute(
            "UPDATE reviews SET before_last_review = NULL WHERE id % 7 = 0")
        try store.database.execute(
            "UPDATE reviews SET before_last_review = reviewed_at - 1 WHERE id % 11 = 0")
        try store.database.execute("DELETE FROM reviews WHERE id % 5 = 0")
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))
        try store.database.execute("DELETE FROM reviews")
        #expect(try bucketSummary(store.database).isEmpty)
    }

    @Test func openingAVersionOneFileBackFillsTheSummary() throws {
        let directory = try TemporaryDirectory()
        let reviews = scatteredReviews(count: 1_000, cards: 100, from: may1, over: days(10), seed: 6)
        try writeVersionOneStore(at: directory.databaseURL, reviews: reviews)

        let store = try openStore(directory)
        defer { try? store.close() }
        #expect(try store.database.userVersion() == ProgressStore.schemaVersion)
        #expect(try bucketSummary(store.database).map(\.reviews).reduce(0, +) == 1_000)
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))
        let range = may1 - days(1)..<may1 + days(12)
        let counts = try store.reviewCountsPerDay(in: range, timeZone: berlin, dayStartsAt: 4)
        #expect(counts == (try perDayCountsFromLog(store, in: range, timeZone: berlin, dayStartsAt: 4)))
        #expect(counts.map(\.newCards).reduce(0, +) == 100)

        // And the triggers keep it from there.
        try store.recordReview(
            NewReview(
                cardID: "card-1", sessionID: nil, reviewedAt: may1 + days(11), rating: .good,
                schedule: learningSchedule(at: may1 + days(11), step: 1, wait: 600)))
        #expect(try bucketSummary(store.database) == bucketsCountedFromLog(store.database))
    }

    /// A store as the version-1 schema wrote it: cards and their review log, no summary.
    private func writeVersionOneStore(at url: URL, reviews: [NewReview]) throws {
        let database = try Database(path: url.path)
        try Migrator(migrations: [Schema.version1]).migrate(database)
        try database.transaction {
            var cards: [String: CardState] = [:]
            for review in reviews {
                let before = cards[review.cardID]
                let after = CardState.after(review, before: before)
                try database.execute(
                    ProgressStore.insertReviewSQL,
                    ProgressStore.reviewRowValues(review, before: before, after: after))
                cards[review.cardID] = after
            }
            for card in cards.values {
                try database.execute(ProgressStore.saveCardSQL, [SQLValue(card.cardID)] + card.columnValues)
            }
        }
        #expect(try database.userVersion() == 1)
        try database.close()
    }
}
