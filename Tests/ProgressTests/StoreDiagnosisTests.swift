import Foundation
import Scheduling
import Testing

@testable import Progress

/// Every file in `directory` with its bytes, to show that examining changed nothing.
private func snapshot(_ directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
        files[name] = fileBytes(directory.appendingPathComponent(name))
    }
    return files
}

/// A store with one session of two answers, closed cleanly.
private func studiedStore(_ temporary: TemporaryDirectory) throws {
    let store = try openStore(temporary)
    let session = try store.startSession(kind: .review, at: may1)
    for card in ["deck/q1", "deck/q2"] {
        try store.recordReview(
            NewReview(
                cardID: card, sessionID: session, reviewedAt: may1, rating: .good,
                schedule: learningSchedule(at: may1, step: 1, wait: minutes(10))))
    }
    try store.close()
}

@Suite struct StoreDiagnosisTests {
    @Test func aSoundStoreIsReportedWithItsCountsAndLeftAsItWas() throws {
        let temporary = try TemporaryDirectory()
        try studiedStore(temporary)
        let before = try snapshot(temporary.url)
        let diagnosis = StoreDiagnosis.examine(directory: temporary.url)
        #expect(diagnosis.health == .healthy)
        #expect(diagnosis.schemaVersion == ProgressStore.schemaVersion)
        #expect(diagnosis.cardCount == 2)
        #expect(diagnosis.reviewCount == 2)
        #expect(diagnosis.fileSize == fileBytes(temporary.databaseURL)?.count)
        #expect(diagnosis.session == .free)
        let after = try snapshot(temporary.url)
        #expect(after == before, "\(before.mapValues(\.count)) became \(after.mapValues(\.count))")
    }

    @Test func noStoreYetIsMissingNotAProblem() throws {
        let temporary = try TemporaryDirectory()
        let diagnosis = StoreDiagnosis.examine(directory: temporary.url)
        #expect(diagnosis.health == .missing)
        #expect(diagnosis.fileSize == nil)
        #expect(try snapshot(temporary.url).isEmpty)
    }

    @Test func garbageTruncationDamageAndNewerVersionsAreNamedAndLeftUntouched() throws {
        func examined(_ damage: (TemporaryDirectory) throws -> Void) throws -> StoreDiagnosis.Health {
            let temporary = try TemporaryDirectory()
            try studiedStore(temporary)
            try damage(temporary)
            let before = try snapshot(temporary.url)
            let health = StoreDiagnosis.examine(directory: temporary.url).health
            #expect(try snapshot(temporary.url) == before)
            return health
        }
        let garbage = try examined { try Data(repeating: 0x5A, count: 8_192).write(to: $0.databaseURL) }
        guard case .unusable(.notADatabase) = garbage else {
            Issue.record("garbage: \(garbage)")
            return
        }
        let truncated = try examined { temporary in
            let whole = try #require(fileBytes(temporary.databaseURL))
            try whole.prefix(whole.count / 3).write(to: temporary.databaseURL)
        }
        guard case .unusable(.corrupt) = truncated else {
            Issue.record("truncated: \(truncated)")
            return
        }
        let damaged = try examined { temporary in
            var bytes = try #require(fileBytes(temporary.databaseURL))
            // Scribble over the second page: a b-tree page of one of the tables.
            for offset in 4_096..<4_200 { bytes[offset] = 0xEE }
            try bytes.write(to: temporary.databaseURL)
        }
        guard case .unusable(.corrupt) = damaged else {
            Issue.record("damaged: \(damaged)")
            return
        }
        let newer = try examined { temporary in
            let raw = try Database(path: temporary.databaseURL.path)
            try raw.setUserVersion(ProgressStore.schemaVersion + 1)
            try raw.close()
        }
        guard case .unusable(.newerVersion(_, let found, let supported)) = newer else {
            Issue.record("newer: \(newer)")
            return
        }
        #expect(found == ProgressStore.schemaVersion + 1 && supported == ProgressStore.schemaVersion)
    }

    @Test func aRunningSessionIsNamedWithoutDisturbingIt() throws {
        let temporary = try TemporaryDirectory()
        let session = try openStore(temporary, holder: holder(pid: 4321))
        try session.markLessonRead("lesson-01", at: may1)
        let diagnosis = StoreDiagnosis.examine(directory: temporary.url)
        #expect(diagnosis.session == .held(holder(pid: 4321)))
        #expect(diagnosis.health == .healthy)
        // The session still holds its lock and writes on.
        #expect(storeError { _ = try openStore(temporary, holder: holder(pid: 9)) } != nil)
        #expect(throws: Never.self) { try session.markLessonRead("lesson-02", at: may1) }
    }

    @Test func answersStillInTheWriteAheadLogAreCounted() throws {
        let temporary = try TemporaryDirectory()
        let store = try openStore(temporary)
        let session = try store.startSession(kind: .review, at: may1)
        try store.recordReview(
            NewReview(
                cardID: "deck/q1", sessionID: session, reviewedAt: may1, rating: .good,
                schedule: learningSchedule(at: may1, step: 1, wait: minutes(10))))
        // As if the process had been killed: the WAL is never checkpointed into the file.
        let crashed = try copyAsIfKilled(temporary)
        let diagnosis = StoreDiagnosis.examine(directory: crashed.url)
        #expect(diagnosis.health == .healthy)
        #expect(diagnosis.reviewCount == 1)
        _ = store
    }

    /// Issue 15, finding 5: `PRAGMA user_version=-1` was called sound by doctor, and every other
    /// command failed on "table cards already exists".
    @Test(arguments: [-1, 0])
    func aSchemaVersionNoPalpateWritesIsNamedByDoctorAndOpen(version: Int) throws {
        let temporary = try TemporaryDirectory()
        try studiedStore(temporary)
        let database = try Database(path: temporary.databaseURL.path, mode: .readWriteCreate)
        try database.execute("PRAGMA user_version = \(version)")
        try database.close()
        let before = try snapshot(temporary.url)
        let path = temporary.databaseURL.path
        let diagnosis = StoreDiagnosis.examine(directory: temporary.url)
        #expect(diagnosis.health == .unusable(.unknownVersion(path: path, found: version)))
        let error = storeError {
            _ = try ProgressStore.open(
                directory: temporary.url, now: may1, timeZone: utc, makeDailyBackup: false)
        }
        #expect(error == .unknownVersion(path: path, found: version))
        #expect(error?.description.contains("which no version of Palpate writes") == true)
        #expect(try snapshot(temporary.url) == before)
    }

    @Test func aFileForTheFolderOrAFolderForTheDatabaseIsSaidPlainly() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("home")
        try Data("x".utf8).write(to: file)
        #expect(
            StoreDiagnosis.examine(directory: file).health
                == .unusable(.dataDirectoryNotAFolder(path: file.path)))
        let openFile = storeError { _ = try ProgressStore.open(directory: file, now: may1, timeZone: utc) }
        #expect(openFile == .dataDirectoryNotAFolder(path: file.path))
        #expect(openFile?.description.contains("is a file, not a folder") == true)

        try FileManager.default.createDirectory(at: temporary.databaseURL, withIntermediateDirectories: true)
        let path = temporary.databaseURL.path
        #expect(
            StoreDiagnosis.examine(directory: temporary.url).health
                == .unusable(.databaseNotAFile(path: path)))
        let openFolder = storeError { _ = try openStore(temporary) }
        #expect(openFolder == .databaseNotAFile(path: path))
        #expect(openFolder?.description.contains("NSCocoaErrorDomain") == false)
    }
}
