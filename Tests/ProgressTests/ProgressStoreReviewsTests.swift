import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreReviewsTests {
    private func answer(
        _ store: ProgressStore, _ cardID: String, in session: SessionID?, at date: Date, _ rating: Rating,
        _ schedule: CardSchedule, correct: Bool? = nil
    ) throws -> ReviewRecord {
        try store.recordReview(
            NewReview(
                cardID: cardID, sessionID: session, reviewedAt: date, rating: rating, schedule: schedule,
                answer: "trapezius", correct: correct, durationMilliseconds: 4_200))
    }

    @Test func aReviewUpdatesTheCardAndTheLogTogether() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        let schedule = learningSchedule(at: may1, step: 1, wait: minutes(1))
        let record = try answer(store, "anatomy/q1", in: session, at: may1, .good, schedule, correct: true)

        let card = try #require(try store.cardStates()["anatomy/q1"])
        #expect(card.schedule == schedule)
        #expect(card.reps == 1)
        #expect(record.before == nil)
        #expect(record.after == card)
        #expect(record.isFirstReview)
        #expect(record.answer == "trapezius")
        #expect(record.durationMilliseconds == 4_200)
        #expect(try store.session(session)?.cardsDone == 1)
        #expect(try store.session(session)?.correct == 1)
    }

    @Test func againOnAGraduatedCardCountsALapse() throws {
        let store = try ProgressStore.inMemory()
        _ = try answer(store, "c", in: nil, at: may1, .good, reviewSchedule(at: may1, interval: days(3)))
        let lapsed = CardSchedule(
            phase: .relearning, step: 0, stability: 1, difficulty: 7, due: may1 + days(3) + minutes(10),
            lastReview: may1 + days(3))
        let record = try answer(store, "c", in: nil, at: may1 + days(3), .again, lapsed)
        #expect(record.after.lapses == 1)
        #expect(record.after.reps == 2)
        #expect(!record.isFirstReview)
    }

    @Test func undoRestoresTheCardExactly() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        _ = try answer(
            store, "c", in: session, at: may1, .good, learningSchedule(at: may1, step: 1, wait: 600))
        try store.bury(cardID: "c", until: may1 + days(1), now: may1)
        let before = try #require(try store.cardState(id: "c"))

        let later = may1 + minutes(11)
        _ = try answer(
            store, "c", in: session, at: later, .easy, reviewSchedule(at: later, interval: days(4)),
            correct: true)
        try store.markLeech(cardID: "c", suspend: true, now: later)
        let undone = try #require(try store.undoLastReview(sessionID: session))

        #expect(undone.rating == .easy)
        #expect(try store.cardState(id: "c") == before)
        #expect(try store.reviews(ofCard: "c").count == 1)
        #expect(try store.session(session)?.cardsDone == 1)
        // The review left is a self-graded Good: recalled, so right (`RightAnswer`).
        #expect(try store.session(session)?.correct == 1)
    }

    @Test func undoingTheFirstReviewMakesTheCardNewAgain() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        _ = try answer(
            store, "c", in: session, at: may1, .good, learningSchedule(at: may1, step: 1, wait: 600))
        #expect(try store.undoLastReview(sessionID: session) != nil)
        #expect(try store.cardState(id: "c") == nil)
        #expect(try store.cardStates().isEmpty)
        #expect(try store.undoLastReview(sessionID: session) == nil)
        #expect(try store.studyCounts(in: may1..<may1 + days(1)).total == 0)
    }

    @Test func undoOnlyTouchesItsOwnSession() throws {
        let store = try ProgressStore.inMemory()
        let mine = try store.startSession(kind: .review, at: may1)
        let other = try store.startSession(kind: .review, at: may1)
        _ = try answer(store, "a", in: mine, at: may1, .good, learningSchedule(at: may1, step: 1, wait: 600))
        _ = try answer(
            store, "b", in: other, at: may1 + 1, .good, learningSchedule(at: may1, step: 1, wait: 600))
        #expect(try store.undoLastReview(sessionID: mine)?.cardID == "a")
        #expect(try store.cardState(id: "b") != nil)
    }

    @Test func undoRefusesToDiscardANewerReviewOfTheSameCard() throws {
        let store = try ProgressStore.inMemory()
        let first = try store.startSession(kind: .review, at: may1)
        let second = try store.startSession(kind: .review, at: may1 + hours(1))
        _ = try answer(store, "c", in: first, at: may1, .good, learningSchedule(at: may1, step: 1, wait: 600))
        let newer = try answer(
            store, "c", in: second, at: may1 + hours(1), .good,
            reviewSchedule(at: may1 + hours(1), interval: days(1)))
        let error = storeError { _ = try store.undoLastReview(sessionID: first) }
        guard case .undoWouldDiscardNewerReview("c", newer.id)? = error else {
            Issue.record("expected undoWouldDiscardNewerReview, got \(String(describing: error))")
            return
        }
        #expect(try store.cardState(id: "c") == newer.after)
    }

    @Test func aReviewInAnUnknownSessionIsRefusedAndLeavesNothing() throws {
        let store = try ProgressStore.inMemory()
        let error = storeError {
            _ = try answer(
                store, "c", in: SessionID(rawValue: 99), at: may1, .good,
                learningSchedule(at: may1, step: 1, wait: 60))
        }
        guard case .unknownSession(SessionID(rawValue: 99))? = error else {
            Issue.record("expected unknownSession, got \(String(describing: error))")
            return
        }
        #expect(try store.cardStates().isEmpty)
    }

    @Test func storedTimesComeBackAtMicrosecondPrecision() throws {
        let store = try ProgressStore.inMemory()
        let odd = may1 + 0.123_456_789
        let schedule = CardSchedule(
            phase: .review, step: nil, stability: 12.345_678_9, difficulty: 4.2, due: odd + days(12),
            lastReview: odd)
        let record = try answer(store, "c", in: nil, at: odd, .good, schedule)
        #expect(record.reviewedAt == StoredTime.rounded(odd))
        #expect(abs(record.reviewedAt.timeIntervalSince(odd)) < 0.000_001)
        let loaded = try #require(try store.cardState(id: "c"))
        #expect(loaded.schedule.stability == 12.345_678_9)
        // Saving what was loaded and loading again changes nothing: the stored form is a fixed point.
        try store.suspend(cardID: "c", now: odd)
        try store.unsuspend(cardID: "c", now: odd)
        #expect(try store.cardState(id: "c") == loaded)
    }
}
