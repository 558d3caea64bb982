import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreImportTests {
    /// Three cards over a few days in two sessions: new cards, a lapse, a marked card, answers
    /// right, wrong and ungraded.
    private func history(sessions: [SessionID]) -> [NewReview] {
        let cards = ["anatomy/q1", "anatomy/q2", "referral/q7"]
        let ratings: [Rating] = [.good, .again, .easy, .hard, .again, .good, .good, .again, .easy]
        return ratings.enumerated().map { index, rating in
            let at = may1 + days(Double(index / 3)) + minutes(Double(index))
            let schedule =
                rating == .again && index > 3
                ? learningSchedule(at: at, step: 0, wait: minutes(10))
                : reviewSchedule(at: at, interval: days(Double(index + 1)))
            return NewReview(
                cardID: cards[index % cards.count], sessionID: sessions[index < 5 ? 0 : 1], reviewedAt: at,
                rating: rating, schedule: schedule, answer: index.isMultiple(of: 2) ? "trapezius" : nil,
                correct: index == 4 ? nil : rating != .again, durationMilliseconds: 1_000 + index)
        }
    }

    /// Everything a reader of the store can see: cards, each card's log, the sessions.
    private func contents(of store: ProgressStore, sessions: [SessionID]) throws -> String {
        let cards = try store.cardStates()
        var text = ""
        for id in cards.keys.sorted() {
            text += "\(cards[id]!)\n"
            for review in try store.reviews(ofCard: id) { text += "  \(review)\n" }
        }
        for id in sessions { text += "\(try store.session(id).map { "\($0)" } ?? "missing")\n" }
        return text
    }

    private func storeWithSessions() throws -> (ProgressStore, [SessionID]) {
        let store = try ProgressStore.inMemory()
        // A card marked before the history starts keeps its mark through the reviews.
        try store.bury(cardID: "anatomy/q2", until: may1 + days(1), now: may1 - days(1))
        let sessions = [
            try store.startSession(kind: .review, at: may1), try store.startSession(kind: .review, at: may1),
        ]
        return (store, sessions)
    }

    @Test func importingGivesTheSameStoreAsRecordingOneByOne() throws {
        let (oneByOne, sessions) = try storeWithSessions()
        for review in history(sessions: sessions) { try oneByOne.recordReview(review) }
        let (imported, importedSessions) = try storeWithSessions()
        let count = try imported.importReviews(history(sessions: importedSessions))

        #expect(count == 9)
        let expected = try contents(of: oneByOne, sessions: sessions)
        #expect(expected.contains("lapses: 1"))
        #expect(try contents(of: imported, sessions: importedSessions) == expected)
    }

    @Test func anUnknownSessionKeepsNothingOfTheImport() throws {
        let (store, sessions) = try storeWithSessions()
        var reviews = history(sessions: sessions)
        reviews[5].sessionID = SessionID(rawValue: 99)
        let error = storeError { try store.importReviews(reviews) }
        #expect(error == .unknownSession(SessionID(rawValue: 99)))
        #expect(try store.reviews(ofCard: "anatomy/q1").isEmpty)
        #expect(try store.session(sessions[0])?.cardsDone == 0)
    }
}
