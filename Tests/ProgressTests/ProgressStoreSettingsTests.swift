import Foundation
import Testing

@testable import Progress

@Suite struct ProgressStoreSettingsTests {
    @Test func aSettingIsSavedInItsCanonicalSpellingAndSurvivesReopening() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        let changed = try store.setSetting(key: "learning-steps", value: "60s, 600s, 1d")
        #expect(changed.learningSteps == [60, 600, 86_400])
        try store.setSetting(key: "new-per-day", value: "5")
        try store.close()

        let reopened = try openStore(temporary)
        #expect(try reopened.settings().newPerDay == 5)
        #expect(try reopened.settings().learningSteps == [60, 600, 86_400])
        let stored = try reopened.database.queryFirst(
            "SELECT value FROM settings WHERE key = 'learning-steps'"
        ) {
            $0.text(0)
        }
        #expect(stored == "1m,10m,1d")
    }

    @Test func anInvalidValueIsRefusedAndNothingIsSaved() throws {
        let store = try ProgressStore.inMemory()
        let error = storeError { _ = try store.setSetting(key: "reviews-per-day", value: "-1") }
        guard case .invalidSetting(.invalidValue(key: "reviews-per-day", value: "-1", _))? = error else {
            Issue.record("expected invalidSetting, got \(String(describing: error))")
            return
        }
        #expect(try store.settings() == StudentSettings())
    }

    @Test func resettingBringsTheDefaultBack() throws {
        let store = try ProgressStore.inMemory()
        try store.setSetting(key: "day-starts-at", value: "6")
        #expect(try store.resetSetting(key: "day-starts-at").dayStartsAt == 4)
    }

    @Test func aDamagedStoredValueCanBeRepairedBySettingIt() throws {
        let store = try ProgressStore.inMemory()
        try store.database.execute(
            "INSERT INTO settings VALUES ('new-per-day', 'many'), ('from-the-future', 'x')")
        #expect(throws: StoreError.self) { try store.settings() }
        try store.setSetting(key: "new-per-day", value: "7")
        #expect(try store.settings().newPerDay == 7)
    }
}
