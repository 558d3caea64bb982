import Foundation
import Progress
import Testing

@testable import PalpateCLI

private let nextDay = studyMorning.addingTimeInterval(86_400)

/// A student with one answered card and a backup made the next day (when the store was opened).
private func studentWithABackup() throws -> Student {
    let student = Student()
    let run = student.review([try student.correctAnswer("mc", at: studyMorning), "", "q"], at: studyMorning)
    #expect(run.exitCode == .success)
    #expect(runPalpate(["--data-dir", student.data.path, "config"], now: nextDay).exitCode == .success)
    return student
}

private func doctor(_ student: Student, _ options: [String] = [], input: [String] = []) -> CLIRun {
    runPalpate(["--data-dir", student.data.path, "doctor"] + options, input: input, now: nextDay)
}

private func database(_ student: Student) -> URL { student.data.appendingPathComponent("progress.sqlite") }

/// Scribbles over the store's second page, as a failing disk or a bad copy would.
private func damage(_ student: Student) throws -> Data {
    var bytes = try #require(fileBytes(database(student)))
    for offset in 4_096..<4_300 { bytes[offset] = 0xEE }
    try bytes.write(to: database(student))
    return bytes
}

@Suite struct DoctorCommandTests {
    @Test func aSoundStoreIsCheckedCountedAndListedWithItsBackups() throws {
        let student = try studentWithABackup()
        let before = fileBytes(database(student))
        let run = doctor(student)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Progress store: \(database(student).path) ("))
        #expect(run.output.contains("  Integrity check: ok.\n  1 card, 1 review.\nSession: none running."))
        #expect(run.output.contains(try Regex("2026-01-02 +[0-9]+ KB  ok")))
        #expect(run.output.hasSuffix("Your progress store is sound.\n"))
        #expect(fileBytes(database(student)) == before)
    }

    @Test func beforeFirstUseThereIsNothingToCheck() {
        let data = temporaryDataDirectory()
        let run = runPalpate(["--data-dir", data.path, "doctor"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("does not exist yet"))
        #expect(!FileManager.default.fileExists(atPath: data.path))
    }

    @Test func aDamagedStoreGetsAClearReportAndTheNextStepAndIsLeftAlone() throws {
        let student = try studentWithABackup()
        let damaged = try damage(student)
        let run = doctor(student)
        #expect(run.exitCode == .failure)
        #expect(run.output.contains("  Problem: it is damaged: "))
        #expect(
            run.output.hasSuffix(
                "Next: restore the newest sound backup with 'palpate doctor --restore 2026-01-02 --yes' "
                    + "(the damaged file is moved aside, not deleted).\n"))
        #expect(fileBytes(database(student)) == damaged)
    }

    @Test func restoringKeepsTheDamagedFileAsideAndSaysWhere() throws {
        let student = try studentWithABackup()
        let damaged = try damage(student)
        let run = doctor(student, ["--restore", "latest", "--yes"])
        #expect(run.exitCode == .success)
        let aside = student.data.appendingPathComponent("progress.sqlite.damaged-20260102T090000Z")
        #expect(run.output.contains("Restored the backup of 2026-01-02 as \(database(student).path)."))
        #expect(
            run.output.contains("The previous file is kept at \(aside.path).\nIt holds 1 card and 1 review."))
        #expect(fileBytes(aside) == damaged)
        #expect(try student.store().reviews(ofCard: "mini/mc").count == 1)
        #expect(doctor(student).exitCode == .success)
    }

    @Test func withoutYesItAsksAndTheEndOfInputChangesNothing() throws {
        let student = try studentWithABackup()
        let damaged = try damage(student)
        let declined = doctor(student, ["--restore", "2026-01-02"], input: ["n"])
        #expect(declined.exitCode == .failure)
        #expect(
            declined.output.contains(
                "[y/N]\nNothing was changed (give --yes to restore without being asked)."))
        let piped = doctor(student, ["--restore", "2026-01-02"])
        #expect(piped.exitCode == .failure)
        #expect(fileBytes(database(student)) == damaged)
        let accepted = doctor(student, ["--restore", "progress-2026-01-02.sqlite"], input: ["y"])
        #expect(accepted.exitCode == .success)
        #expect(fileBytes(database(student)) != damaged)
    }

    @Test func aRunningSessionIsNamedAndRestoringWaitsForIt() throws {
        let student = try studentWithABackup()
        let running = try ProgressStore.open(
            directory: student.data, now: nextDay, timeZone: .gmt,
            sessionHolder: SessionHolder(pid: 4_242, host: "laptop", startedAt: nextDay, timeZone: .gmt))
        let before = fileBytes(database(student))
        let look = doctor(student)
        #expect(look.exitCode == .success)
        #expect(look.output.contains("Session: running (pid 4242 on laptop since 09:00 on 2026-01-02)."))
        let restore = doctor(student, ["--restore", "latest", "--yes"])
        #expect(restore.exitCode == .failure)
        #expect(restore.errorOutput.contains("a review or exam session is running"))
        #expect(fileBytes(database(student)) == before)
        try running.close()
    }

    @Test func backupsThatAreDamagedAreFlaggedAndNotRestored() throws {
        let student = try studentWithABackup()
        let backup = student.data.appendingPathComponent("backups/progress-2026-01-02.sqlite")
        try Data("not a database at all".utf8).write(to: backup)
        let run = doctor(student)
        #expect(run.output.contains(try Regex("2026-01-02 +21 bytes  damaged")))
        let restore = doctor(student, ["--restore", "2026-01-02", "--yes"])
        #expect(restore.exitCode == .failure)
        #expect(restore.errorOutput.contains("so it was not restored; choose another"))
        let latest = doctor(student, ["--restore", "latest", "--yes"])
        #expect(latest.errorOutput.contains("there is no sound backup to restore; nothing was changed"))
    }

    @Test func aStoreFromANewerPalpateSaysUpdate() throws {
        let student = try studentWithABackup()
        let bytes = try #require(fileBytes(database(student)))
        var newer = bytes
        newer[63] = 99  // user_version, the 4-byte big-endian integer at offset 60
        try newer.write(to: database(student))
        let run = doctor(student)
        #expect(run.exitCode == .failure)
        #expect(
            run.output.contains("  Problem: it was written by a newer version of Palpate (schema version 99"))
        #expect(run.output.contains("Next: update Palpate"))
        #expect(fileBytes(database(student)) == newer)
    }

    @Test func restoreNamesAreCheckedBeforeAnythingIsTouched() throws {
        let student = try studentWithABackup()
        let unknown = doctor(student, ["--restore", "2025-12-25", "--yes"])
        #expect(unknown.exitCode == .failure)
        #expect(unknown.errorOutput.contains("there is no backup of 2025-12-25; the backups are: 2026-01-02"))
        let malformed = doctor(student, ["--restore", "yesterday"])
        #expect(malformed.exitCode == .usage)
        #expect(malformed.errorOutput.hasPrefix("palpate: --restore needs a backup day such as 2026-03-01"))
        #expect(doctor(student, ["--yes"]).exitCode == .usage)
    }

    /// Issue 15, finding 5: a sound store set aside by a restore was named `*.damaged-…`.
    @Test func restoringOverASoundStoreNamesTheFileAsideReplaced() throws {
        let student = try studentWithABackup()
        let sound = fileBytes(database(student))
        let run = doctor(student, ["--restore", "latest", "--yes"])
        #expect(run.exitCode == .success)
        let aside = student.data.appendingPathComponent("progress.sqlite.replaced-20260102T090000Z")
        #expect(run.output.contains("The previous file is kept at \(aside.path)."), "\(run.output)")
        #expect(fileBytes(aside) == sound)
    }

    @Test func aDataDirectoryThatIsAFileIsNotCalledMissing() throws {
        let file = temporaryDataDirectory()
        try Data("notes".utf8).write(to: file)
        let run = runPalpate(["doctor"], environment: ["PALPATE_HOME": file.path], now: nextDay)
        #expect(run.exitCode == .failure)
        #expect(!run.output.contains("does not exist yet"))
        #expect(run.output.contains("the data directory \(file.path) is a file, not a folder."))
        let today = runPalpate(["today"], environment: ["PALPATE_HOME": file.path], now: nextDay)
        #expect(today.exitCode == .failure)
        #expect(today.errorOutput.contains("is a file, not a folder"))
    }
}
