import Foundation
import Testing

@testable import Progress

@Suite struct BackupShelfTests {
    @Test func oneBackupADayKeepingTheLastSeven() throws {
        let temporary = try TemporaryDirectory()
        let first = try openStore(temporary)
        #expect(first.dailyBackup == nil)  // nothing worth backing up on creation
        try first.markLessonRead("lesson-01", at: may1)
        try first.close()
        for day in 1...9 {
            let store = try openStore(temporary, now: may1 + days(Double(day)))
            #expect(
                store.dailyBackup?.lastPathComponent
                    == "progress-2024-05-\(String(format: "%02d", day + 1)).sqlite")
            try store.close()
            let sameDay = try openStore(temporary, now: may1 + days(Double(day)) + hours(3))
            #expect(sameDay.dailyBackup == nil)
            try sameDay.close()
        }
        let days = try BackupShelf(directory: temporary.url).list().map(\.day)
        #expect(days == (4...10).reversed().map { String(format: "2024-05-%02d", $0) })
    }

    @Test func aFailedBackupIsReportedButDoesNotStopStudying() throws {
        let temporary = try TemporaryDirectory()
        try openStore(temporary).close()
        // A file where the backups folder should be: the backup cannot be written.
        let blocker = BackupShelf(directory: temporary.url).folder
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        let store = try openStore(temporary, now: may1 + days(1))
        #expect(store.dailyBackup == nil)
        #expect(store.dailyBackupFailure != nil)
        #expect(throws: Never.self) { try store.markLessonRead("lesson-01", at: may1 + days(1)) }
    }

    @Test func aBackupIsASelfContainedSoundCopy() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        try store.markLessonRead("lesson-01", at: may1)
        let made = try #require(try store.makeDailyBackup(now: may1, timeZone: utc))
        #expect(!FileManager.default.fileExists(atPath: made.path + "-wal"))
        let shelf = store.backups
        let backup = try #require(try shelf.list().first)
        #expect(try shelf.verify(backup).isOK)
        let copy = try Database(path: made.path, mode: .readOnly)
        #expect(try copy.query("SELECT lesson_id FROM lessons_read") { $0.text(0) } == ["lesson-01"])
        #expect(try copy.queryFirst("PRAGMA journal_mode") { $0.text(0) } == "delete")
    }

    @Test func restoringKeepsTheDamagedFileAside() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        try store.markLessonRead("lesson-01", at: may1)
        try store.makeDailyBackup(now: may1, timeZone: utc)
        try store.close()
        let damage = Data(repeating: 0xAB, count: 4_096)
        try damage.write(to: temporary.databaseURL)
        #expect(storeError { _ = try openStore(temporary) } != nil)

        let shelf = BackupShelf(directory: temporary.url)
        let aside = try shelf.restore(
            try #require(try shelf.list().first), now: may1 + hours(1), holder: holder(pid: 1),
            setAside: .damaged)
        #expect(aside?.lastPathComponent == "progress.sqlite.damaged-20240501T090000Z")
        #expect(fileBytes(try #require(aside)) == damage)
        let restored = try openStore(temporary, now: may1 + hours(1))
        #expect(try restored.lessonsRead().keys.sorted() == ["lesson-01"])
    }

    @Test func aDamagedBackupIsNotRestored() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        try store.makeDailyBackup(now: may1, timeZone: utc)
        try store.markLessonRead("lesson-02", at: may1)
        try store.close()
        let shelf = BackupShelf(directory: temporary.url)
        let backup = try #require(try shelf.list().first)
        try Data("not a database".utf8).write(to: backup.url)
        let before = fileBytes(temporary.databaseURL)

        #expect(try !shelf.verify(backup).isOK)
        let error = storeError {
            try shelf.restore(backup, now: may1, holder: holder(pid: 1), setAside: .damaged)
        }
        guard case .damagedBackup? = error else {
            Issue.record("expected damagedBackup, got \(String(describing: error))")
            return
        }
        #expect(fileBytes(temporary.databaseURL) == before)
    }

    @Test func restoringIsRefusedWhileASessionRuns() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary, holder: holder(pid: 1234))
        try store.makeDailyBackup(now: may1, timeZone: utc)
        let shelf = store.backups
        let error = storeError {
            try shelf.restore(
                try #require(try shelf.list().first), now: may1, holder: holder(pid: 2), setAside: .damaged)
        }
        guard case .sessionAlreadyRunning(let running?, _)? = error else {
            Issue.record("expected sessionAlreadyRunning, got \(String(describing: error))")
            return
        }
        #expect(running.pid == 1234)
    }

    @Test func filesThatAreNotDailyBackupsAreNotListed() throws {
        let temporary = try TemporaryDirectory()
        let shelf = BackupShelf(directory: temporary.url)
        #expect(try shelf.list().isEmpty)
        try FileManager.default.createDirectory(at: shelf.folder, withIntermediateDirectories: true)
        for name in [
            "progress-2024-05-01.sqlite", "progress-latest.sqlite", "notes.txt",
            "progress-2024-05-02.sqlite.partial",
        ] {
            _ = FileManager.default.createFile(
                atPath: shelf.folder.appendingPathComponent(name).path, contents: Data())
        }
        #expect(try shelf.list().map(\.day) == ["2024-05-01"])
    }

    @Test func copiesLeftByBackupsKilledHalfWayAreRemovedByTheNextBackup() throws {
        let temporary = try TemporaryDirectory()
        let first = try openStore(temporary)
        try first.markLessonRead("lesson-01", at: may1)
        try first.close()
        let shelf = BackupShelf(directory: temporary.url)
        try FileManager.default.createDirectory(at: shelf.folder, withIntermediateDirectories: true)
        let leftovers = [
            "progress-2024-04-20.sqlite.partial", "progress-2024-04-20.sqlite.partial-journal",
            "progress-2024-04-27.sqlite.partial-wal", "progress-2024-04-27.sqlite.partial-shm",
        ]
        let kept = ["notes.txt", "progress-2024-04-28.sqlite"]
        for name in leftovers + kept {
            _ = FileManager.default.createFile(
                atPath: shelf.folder.appendingPathComponent(name).path, contents: Data())
        }
        let store = try openStore(temporary, now: may1 + days(1))
        #expect(store.dailyBackup != nil)
        try store.close()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: shelf.folder.path))
        #expect(names.isDisjoint(with: leftovers))
        #expect(names.isSuperset(of: kept))
    }
}
