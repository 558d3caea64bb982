import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreStartOverTests {
    /// A store with a card, reviews in a session, an exam answer, an undone attempt, a lesson read
    /// and a setting.
    private func storeWithProgress(_ directory: TemporaryDirectory) throws -> ProgressStore {
        let store = try openStore(directory)
        let session = try store.startSession(kind: .review, at: may1)
        for offset in 0..<3 {
            let at = may1 + minutes(Double(offset))
            try store.recordReview(
                NewReview(
                    cardID: "d/a", sessionID: session, reviewedAt: at, rating: .good,
                    schedule: reviewSchedule(at: at, interval: days(1))))
        }
        try store.recordUndoneAttempt(
            UndoneAttempt(
                cardID: "d/a", sessionID: session, answeredAt: may1, undoneAt: may1, rating: nil, answer: "b",
                correct: false))
        let exam = try store.startSession(kind: .exam, at: may1)
        try store.recordExamAnswer(
            sessionID: exam, questionID: "d/a", answer: "a", correct: true, answeredAt: may1)
        try store.markLessonRead("basics", at: may1)
        try store.setSetting(key: "name", value: "Ana")
        try store.changeCard("d/a", .suspend, now: may1)
        return store
    }

    @Test func startingOverClearsProgressKeepsSettingsAndBacksUpFirst() throws {
        let directory = try TemporaryDirectory()
        let store = try storeWithProgress(directory)
        let result = try store.startOver(now: may1 + hours(1), timeZone: utc)
        #expect(result.cleared == ProgressCounts(cards: 1, reviews: 3, sessions: 2, lessonsRead: 1))
        #expect(try store.progressCounts().isEmpty)
        #expect(try store.settings().name == "Ana")
        #expect(try store.savedCardChange("d/a") == nil)
        // Every table but the settings is empty: a table added later must be cleared too.
        let tables = try store.database.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('settings', 'sqlite_sequence')"
        ) { $0.text(0) }
        for table in tables {
            #expect(try store.database.scalarInt("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
        #expect(result.backup.day == "2024-05-01")
        try store.close()

        // The backup holds everything up to the reset.
        let copy = try Database(path: result.backup.url.path, mode: .readOnly)
        #expect(try copy.scalarInt("SELECT count(*) FROM reviews") == 3)
        #expect(try copy.scalarInt("SELECT suspended FROM cards WHERE card_id = 'd/a'") == 1)
        #expect(try copy.scalarInt("SELECT count(*) FROM settings WHERE key = 'card-undo:d/a'") == 1)
    }

    @Test func todaysEarlierBackupIsReplacedByOneTakenNow() throws {
        let directory = try TemporaryDirectory()
        try openStore(directory).close()
        // Opening again the same day takes the day's backup of the store as it was then.
        let store = try storeWithProgress(directory)
        let shelf = store.backups
        let early = try #require(try shelf.list().first)
        let result = try store.startOver(now: may1 + hours(2), timeZone: utc)
        #expect(result.backup.url == early.url)
        #expect(try shelf.list().map(\.day) == ["2024-05-01"])
        #expect(try shelf.verify(result.backup).isOK)
        #expect(!FileManager.default.fileExists(atPath: early.url.path + ".replaced"))
        let copy = try Database(path: result.backup.url.path, mode: .readOnly)
        #expect(try copy.scalarInt("SELECT count(*) FROM reviews") == 3)
    }
}
