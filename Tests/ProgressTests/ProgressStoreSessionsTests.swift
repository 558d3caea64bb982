import Foundation
import Testing

@testable import Progress

@Suite struct ProgressStoreSessionsTests {
    @Test func aSessionNeverEndsBeforeItBegan() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        // The clock was set back an hour during the session.
        try store.finishSession(session, at: may1 - hours(1))
        #expect(try store.session(session)?.endedAt == may1)
    }

    @Test func anExamKeepsEachAnswerAndItsResult() throws {
        let store = try ProgressStore.inMemory()
        let exam = try store.startSession(kind: .exam, at: may1)
        try store.recordExamAnswer(
            sessionID: exam, questionID: "anatomy/q1", answer: "B", correct: true, answeredAt: may1 + 20,
            durationMilliseconds: 20_000)
        try store.recordExamAnswer(
            sessionID: exam, questionID: "safety/q4", answer: nil, correct: false, answeredAt: may1 + 50)
        try store.finishSession(
            exam, at: may1 + 60, score: 0.5, passed: false, details: #"{"decks":["anatomy","safety"]}"#)

        let answers = try store.examAnswers(sessionID: exam)
        #expect(answers.map(\.position) == [1, 2])
        #expect(answers.map(\.questionID) == ["anatomy/q1", "safety/q4"])
        #expect(answers.map(\.correct) == [true, false])
        #expect(answers[0].durationMilliseconds == 20_000)
        let record = try #require(try store.session(exam))
        #expect(record.kind == .exam)
        #expect(record.cardsDone == 2 && record.correct == 1)
        #expect(record.score == 0.5 && record.passed == false)
        #expect(record.endedAt == may1 + 60)
        #expect(record.details == #"{"decks":["anatomy","safety"]}"#)
    }

    @Test func onlyASessionWithoutAnswersIsDiscarded() throws {
        let store = try ProgressStore.inMemory()
        let empty = try store.startSession(kind: .exam, at: may1)
        let answered = try store.startSession(kind: .exam, at: may1 + 10)
        try store.recordExamAnswer(
            sessionID: answered, questionID: "anatomy/q1", answer: "B", correct: false, answeredAt: may1 + 20)
        #expect(try store.discardSessionWithoutAnswers(empty))
        #expect(try !store.discardSessionWithoutAnswers(answered))
        #expect(try store.session(empty) == nil)
        #expect(try store.session(answered)?.cardsDone == 1)
        #expect(try store.examAnswers(sessionID: answered).count == 1)
    }

    @Test func anInterruptedSessionKeepsItsCountsButHasNoEnd() throws {
        let store = try ProgressStore.inMemory()
        let exam = try store.startSession(kind: .exam, at: may1)
        try store.recordExamAnswer(
            sessionID: exam, questionID: "q", answer: "A", correct: true, answeredAt: may1)
        let sessions = try store.sessions(in: may1..<may1 + 1)
        #expect(sessions.count == 1)
        #expect(sessions[0].endedAt == nil)
        #expect(sessions[0].cardsDone == 1)
    }

    @Test func detailsMustBeJSON() throws {
        let store = try ProgressStore.inMemory()
        let session = try store.startSession(kind: .review, at: may1)
        #expect(throws: StoreError.self) { try store.finishSession(session, at: may1, details: "{not json") }
        #expect(try store.session(session)?.endedAt == nil)
    }

    @Test func finishingAnUnknownSessionIsAnError() throws {
        let store = try ProgressStore.inMemory()
        let error = storeError { try store.finishSession(SessionID(rawValue: 5), at: may1) }
        guard case .unknownSession? = error else {
            Issue.record("expected unknownSession, got \(String(describing: error))")
            return
        }
    }
}
