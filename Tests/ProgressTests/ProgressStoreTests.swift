import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreTests {
    @Test func firstUseCreatesTheDirectoryAndSaysSo() throws {
        let temporary = try TemporaryDirectory()
        let directory = temporary.url.appendingPathComponent("deep/palpate")
        let store = try ProgressStore.open(directory: directory, now: may1, timeZone: utc)
        #expect(store.created)
        #expect(
            FileManager.default.fileExists(atPath: directory.appendingPathComponent("progress.sqlite").path))
        try store.close()
        let again = try ProgressStore.open(directory: directory, now: may1, timeZone: utc)
        #expect(!again.created)
    }

    @Test func theConnectionUsesWALFullSyncAndForeignKeys() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        #expect(try store.database.queryFirst("PRAGMA journal_mode") { $0.text(0) } == "wal")
        #expect(try store.database.scalarInt("PRAGMA synchronous") == 2)  // FULL
        #expect(try store.database.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try store.database.userVersion() == ProgressStore.schemaVersion)
    }

    @Test func garbageIsReportedAsNotADatabaseAndLeftUntouched() throws {
        let temporary = try TemporaryDirectory()
        let garbage = Data((0..<8_192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: temporary.databaseURL)
        let error = storeError { _ = try openStore(temporary) }
        guard case .notADatabase(let path)? = error else {
            Issue.record("expected notADatabase, got \(String(describing: error))")
            return
        }
        #expect(path == temporary.databaseURL.path)
        #expect(error?.description.contains("left exactly as it was") == true)
        #expect(fileBytes(temporary.databaseURL) == garbage)
    }

    @Test func aTruncatedDatabaseIsReportedAsCorruptAndLeftUntouched() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        for index in 0..<300 {
            try store.markLessonRead("lesson-\(index)-" + String(repeating: "x", count: 200), at: may1)
        }
        try store.close()
        let whole = try #require(fileBytes(temporary.databaseURL))
        let truncated = whole.prefix(whole.count / 2)
        try truncated.write(to: temporary.databaseURL)

        let error = storeError { _ = try openStore(temporary) }
        guard case .corrupt(_, let problems)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(!problems.isEmpty)
        #expect(fileBytes(temporary.databaseURL) == truncated)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws {
        let temporary = try TemporaryDirectory()
        try openStore(temporary).close()
        let raw = try Database(path: temporary.databaseURL.path)
        try raw.setUserVersion(ProgressStore.schemaVersion + 1)
        try raw.close()
        let before = fileBytes(temporary.databaseURL)

        let error = storeError { _ = try openStore(temporary) }
        guard case .newerVersion(_, let found, let supported)? = error else {
            Issue.record("expected newerVersion, got \(String(describing: error))")
            return
        }
        #expect(found == ProgressStore.schemaVersion + 1)
        #expect(supported == ProgressStore.schemaVersion)
        #expect(error?.description.contains("Update Palpate") == true)
        #expect(fileBytes(temporary.databaseURL) == before)
    }

    @Test(.enabled(if: geteuid() != 0, "root may write to read-only directories"))
    func aReadOnlyDirectoryIsReportedAsReadOnly() throws {
        let temporary = try TemporaryDirectory()
        try openStore(temporary).close()
        chmod(temporary.url.path, 0o555)
        let error = storeError { _ = try openStore(temporary) }
        guard case .readOnly? = error else {
            Issue.record("expected readOnly, got \(String(describing: error))")
            return
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root may write to read-only files"))
    func aReadOnlyFileIsReportedAsReadOnlyAndLeftUntouched() throws {
        let temporary = try TemporaryDirectory()
        try openStore(temporary).close()
        chmod(temporary.databaseURL.path, 0o444)
        let before = fileBytes(temporary.databaseURL)
        let error = storeError { _ = try openStore(temporary) }
        guard case .readOnly(let path)? = error else {
            Issue.record("expected readOnly, got \(String(describing: error))")
            return
        }
        #expect(path == temporary.databaseURL.path)
        #expect(fileBytes(temporary.databaseURL) == before)
    }

    @Test func aClosedStoreRefusesFurtherWork() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        try store.close()
        #expect(throws: StoreError.self) { try store.lessonsRead() }
        #expect(throws: StoreError.self) { try store.markLessonRead("lesson-01", at: may1) }
    }

    @Test func sqliteFailuresAreSortedIntoAdvice() {
        let path = "/data/progress.sqlite"
        func sorted(_ code: Int32) -> StoreError {
            StoreError.from(DatabaseError(extendedResultCode: code, message: "m"), path: path)
        }
        guard case .readOnly = sorted(8), case .diskFull = sorted(13), case .busy = sorted(5),
            case .busy = sorted(6), case .corrupt = sorted(11), case .notADatabase = sorted(26),
            case .database = sorted(19)
        else {
            Issue.record("a result code was sorted into the wrong case")
            return
        }
    }

    @Test func aFullDiskIsReportedAndTheAnswerIsNotHalfSaved() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        let session = try store.startSession(kind: .review, at: may1)
        // No room for even one more page: the closest a test gets to a full disk.
        let pages = try store.database.scalarInt("PRAGMA page_count")
        try store.database.execute("PRAGMA max_page_count = \(pages)")
        let big = String(repeating: "a long typed answer ", count: 2_000)
        let error = storeError { () throws -> Void in
            _ = try store.recordReview(
                NewReview(
                    cardID: "deck/q1", sessionID: session, reviewedAt: may1, rating: .good,
                    schedule: learningSchedule(at: may1, step: 1, wait: minutes(10)), answer: big))
        }
        guard case .diskFull? = error else {
            Issue.record("expected diskFull, got \(String(describing: error))")
            return
        }
        #expect(try store.cardState(id: "deck/q1") == nil)
        #expect(try store.session(session)?.cardsDone == 0)
    }

    @Test func aWriterHoldingTheLockLongerThanTheTimeoutIsReportedAsBusy() throws {
        let temporary = try TemporaryDirectory()
        let writer = try openStore(temporary)
        let reader = try openStore(temporary, busyTimeout: 50)
        try writer.database.execute("BEGIN IMMEDIATE")
        let error = storeError { try reader.markLessonRead("lesson-01", at: may1) }
        guard case .busy? = error else {
            Issue.record("expected busy, got \(String(describing: error))")
            return
        }
        // Reading still works while the other connection writes (WAL).
        #expect(try reader.lessonsRead().isEmpty)
        try writer.database.execute("ROLLBACK")
    }

    @Test func aCommittedAnswerSurvivesAConnectionThatWasNeverClosed() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        let session = try store.startSession(kind: .review, at: may1)
        try store.recordReview(
            NewReview(
                cardID: "deck/q1", sessionID: session, reviewedAt: may1, rating: .good,
                schedule: learningSchedule(at: may1, step: 1, wait: minutes(10))))
        // Copy the files as they are on disk right now, as if the process had died here.
        let crashed = try copyAsIfKilled(temporary)
        let reopened = try openStore(crashed)
        #expect(try reopened.cardState(id: "deck/q1")?.reps == 1)
        #expect(try reopened.integrityCheck().isOK)
        _ = store
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func aWriterKilledMidTransactionLosesOnlyItsUncommittedWork() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        try store.markLessonRead("committed", at: may1)
        try store.close()

        let marker = temporary.url.appendingPathComponent("inserted")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        child.arguments = [temporary.databaseURL.path]
        let input = Pipe()
        child.standardInput = input
        child.standardOutput = FileHandle.nullDevice
        try child.run()
        // A small cache makes SQLite spill the uncommitted rows into the WAL before the kill.
        let script = """
            PRAGMA cache_size = 2;
            BEGIN;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
            INSERT INTO lessons_read (lesson_id, read_at)
                SELECT 'uncommitted-' || i || hex(zeroblob(100)), i FROM n;
            .system touch '\(marker.path)'

            """
        input.fileHandleForWriting.write(Data(script.utf8))
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: marker.path) && Date() < deadline && child.isRunning {
            usleep(20_000)
        }
        #expect(FileManager.default.fileExists(atPath: marker.path))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let wal = try FileManager.default.attributesOfItem(atPath: temporary.databaseURL.path + "-wal")
        #expect((wal[.size] as? Int ?? 0) > 100_000, "the uncommitted rows should have reached the WAL")

        let reopened = try openStore(temporary)
        #expect(try Array(reopened.lessonsRead().keys) == ["committed"])
        #expect(try reopened.integrityCheck().isOK)
    }

    @Test func integrityCheckOfASoundStoreFindsNothing() throws {
        let store = try ProgressStore.inMemory()
        #expect(try store.integrityCheck() == IntegrityReport(problems: []))
    }
}
