import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreUndoneAttemptsTests {
    private func answer(
        _ store: ProgressStore, _ cardID: String, in session: SessionID?, at date: Date, _ rating: Rating,
        correct: Bool?
    ) throws {
        try store.recordReview(
            NewReview(
                cardID: cardID, sessionID: session, reviewedAt: date, rating: rating,
                schedule: learningSchedule(at: date, step: 1, wait: minutes(10)), answer: "deltoid",
                correct: correct))
    }

    @Test func anUndoneReviewIsKeptAsAnUndoneAttempt() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        try answer(store, "d/q", in: session, at: may1, .again, correct: false)
        _ = try store.undoLastReview(sessionID: session, at: may1 + 30)
        #expect(try store.reviews(ofCard: "d/q").isEmpty)
        let attempts = try store.undoneAttempts(in: may1 - days(1)..<may1 + days(1))
        #expect(
            attempts == [
                UndoneAttempt(
                    cardID: "d/q", sessionID: session, answeredAt: may1, undoneAt: may1 + 30, rating: .again,
                    answer: "deltoid", correct: false)
            ])
    }

    @Test func aWrongAnswerUndoneLeavesTheKeyShownUntilTheCardIsAnsweredAgain() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        #expect(try !store.keyWasShownSinceLastReview(cardID: "d/q"))
        try store.recordUndoneAttempt(
            UndoneAttempt(
                cardID: "d/q", sessionID: session, answeredAt: may1, undoneAt: may1, rating: nil, answer: "b",
                correct: false))
        #expect(try store.keyWasShownSinceLastReview(cardID: "d/q"))
        #expect(try !store.keyWasShownSinceLastReview(cardID: "d/other"))
        try answer(store, "d/q", in: session, at: may1 + minutes(5), .again, correct: false)
        #expect(try !store.keyWasShownSinceLastReview(cardID: "d/q"))
    }

    @Test func aRightAnswerUndoneShowedNoKeyThatMatters() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        try answer(store, "d/q", in: session, at: may1, .easy, correct: true)
        _ = try store.undoLastReview(sessionID: session, at: may1 + 10)
        #expect(try !store.keyWasShownSinceLastReview(cardID: "d/q"))
    }

    /// One definition of right: a flashcard rated Hard or better counts, in the session's counts
    /// as in the summary and the reports.
    @Test func aSessionCountsARecalledFlashcardAsRight() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        try answer(store, "d/card", in: session, at: may1, .good, correct: nil)
        try answer(store, "d/forgot", in: session, at: may1 + 1, .again, correct: nil)
        try answer(store, "d/mc", in: session, at: may1 + 2, .again, correct: false)
        #expect(try store.session(session)?.correct == 1)
        _ = try store.undoLastReview(sessionID: session)
        _ = try store.undoLastReview(sessionID: session)
        _ = try store.undoLastReview(sessionID: session)
        #expect(try store.session(session)?.correct == 0)
        #expect(try store.session(session)?.cardsDone == 0)
    }

    @Test func upgradingRecountsEarlierSessionsByTheSameRule() throws {
        let database = try Database(path: ":memory:")
        try Migrator(migrations: [Schema.version1, Schema.version2]).migrate(database)
        try database.execute(
            "INSERT INTO sessions (id, kind, started_at, cards_done, correct) VALUES (1, 'review', 0, 2, 0)")
        for (id, rating) in [(1, 3), (2, 1)] {
            try database.execute(
                """
                INSERT INTO reviews (id, card_id, session_id, reviewed_at, rating, after_phase, after_due, after_reps,
                    after_lapses, after_suspended, after_leech)
                VALUES (?, 'd/card\\(id)', 1, ?, ?, 'learning', 0, 1, 0, 0, 0)
                """, [SQLValue(id), SQLValue(id), SQLValue(rating)])
        }
        try Schema.migrator.migrate(database)
        #expect(try database.scalarInt("SELECT correct FROM sessions WHERE id = 1") == 1)
        #expect(try database.userVersion() == Schema.migrator.latestVersion)
    }
}
