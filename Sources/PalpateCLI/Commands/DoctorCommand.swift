import Foundation
import Progress
import TextFormats

/// `palpate doctor`: checks the progress store, lists the backups, and restores one on request.
///
/// It is the command for the day the store will not open, so it never goes through
/// `ProgressStore.open`: it reads the files as they are, takes no session lock to look, and
/// writes only when asked to restore.
enum DoctorCommand: Command {
    static let name = "doctor"
    static let summary = "Check your progress store, list its backups, restore one"
    static let usage = "palpate doctor [--restore BACKUP] [--yes]"
    static let discussion = """
        Checks the progress store without changing it (and without disturbing a session running in another \
        terminal): whether it opens, a full integrity check, its schema version, how many cards and reviews \
        it holds, and which session holds it. Then lists the daily backups with their size and whether each \
        one is sound. Exits 0 when the store is sound (or not created yet) and 1 when it is not, saying what \
        to do next.

        --restore BACKUP puts a backup in place of the store: BACKUP is a day from the list (2026-03-01) or \
        latest for the newest sound one. The current file is moved aside beside it, never deleted, and \
        doctor says where. It asks first; --yes restores without asking, as a script must. Restoring is \
        refused while a review or exam session runs.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--restore", value: "BACKUP", help: "Restore this backup (a day, or latest)."),
        .flag("--yes", "Restore without asking."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'doctor' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "To restore a backup: palpate doctor --restore latest")
        }
        let request = try arguments.value("--restore").map(BackupRequest.init(parsing:))
        if request == nil && arguments.has("--yes") {
            throw UsageError(
                "--yes confirms a restore",
                hint: "Give it with --restore BACKUP, e.g. palpate doctor --restore latest --yes")
        }
        let directory = session.dataDirectory
        let diagnosis = StoreDiagnosis.examine(directory: directory)
        let shelf = BackupShelf(directory: directory)
        let backups = try checkedBackups(shelf)
        report(diagnosis, session)
        report(backups, folder: shelf.folder, session)
        guard let request else { return verdict(diagnosis, backups: backups, session) }
        return try restore(
            request, from: backups, shelf: shelf, diagnosis: diagnosis, confirmed: arguments.has("--yes"),
            session)
    }

    // MARK: Reporting

    private static func report(_ diagnosis: StoreDiagnosis, _ session: AppSession) {
        let path = diagnosis.databaseURL.path
        if case .unusable(let problem) = diagnosis.health,
            case .dataDirectoryNotAFolder = problem
        {
            session.print("Progress store: none; \(summary(of: problem))")
            report(diagnosis.session, session)
            return
        }
        guard let size = diagnosis.fileSize, size > 0 else {
            session.print(
                "Progress store: \(path) does not exist yet; it is created the first time you study.")
            report(diagnosis.session, session)
            return
        }
        session.print("Progress store: \(path) (\(formatSize(size)))")
        if let version = diagnosis.schemaVersion {
            session.print(
                "  Schema version \(version) (this Palpate reads up to \(ProgressStore.schemaVersion)).")
        }
        switch diagnosis.health {
        case .healthy:
            session.print("  Integrity check: ok.")
            if let cards = diagnosis.cardCount, let reviews = diagnosis.reviewCount {
                session.print("  \(plural(cards, "card")), \(plural(reviews, "review")).")
            }
        case .unusable(let problem):
            session.print("  Problem: \(summary(of: problem))")
        case .missing:
            break
        }
        report(diagnosis.session, session)
    }

    /// What is wrong, without the advice every other command gives (which points here).
    private static func summary(of problem: StoreError) -> String {
        switch problem {
        case .notADatabase:
            "it is not an SQLite database (another program's file, or overwritten)."
        case .corrupt(_, let problems):
            "it is damaged: \(problems.prefix(3).joined(separator: "; "))."
        case .newerVersion(_, let found, let supported):
            "it was written by a newer version of Palpate (schema version \(found); this one reads up to "
                + "\(supported))."
        case .unknownVersion(_, let found):
            "it says it has schema version \(found), which no version of Palpate writes (this one reads 1 "
                + "to \(ProgressStore.schemaVersion)): it was changed by hand or by another program."
        case .dataDirectoryNotAFolder(let path):
            "the data directory \(path) is a file, not a folder."
        case .databaseNotAFile:
            "it is a folder, not a file."
        default:
            problem.description
        }
    }

    private static func report(_ lock: SessionLockState, _ session: AppSession) {
        switch lock {
        case .free:
            session.print("Session: none running.")
        case .held(let holder?):
            session.print(
                "Session: running (pid \(holder.pid) on \(holder.host) since \(holder.startedForDisplay)).")
        case .held(nil):
            session.print("Session: one is running (its lock file could not be read).")
        }
    }

    /// A backup with what checking it found: `nil` problem when it is sound.
    private struct CheckedBackup {
        var backup: Backup
        var size: Int
        var problem: String?
    }

    private static func checkedBackups(_ shelf: BackupShelf) throws -> [CheckedBackup] {
        let backups: [Backup]
        do { backups = try shelf.list() } catch { throw CommandFailure(error.description) }
        return backups.map { backup in
            let size = FileStatus(path: backup.url.path)?.size ?? 0
            let problem: String?
            do {
                let report = try shelf.verify(backup)
                problem = report.isOK ? nil : "damaged (\(report.problems.prefix(2).joined(separator: "; ")))"
            } catch StoreError.newerVersion(_, let found, _) {
                problem = "from a newer Palpate (schema version \(found))"
            } catch {
                problem = "cannot be read (\(error))"
            }
            return CheckedBackup(backup: backup, size: size, problem: problem)
        }
    }

    private static func report(_ backups: [CheckedBackup], folder: URL, _ session: AppSession) {
        guard !backups.isEmpty else {
            session.print("Backups: none yet in \(folder.path) (one is made each day you study).")
            return
        }
        session.print("Backups in \(folder.path):")
        let rows = backups.map { [$0.backup.day, formatSize($0.size), $0.problem ?? "ok"] }
        let table = TextTable(header: ["BACKUP", "SIZE", "CHECK"], rows: rows, rightAligned: [1])
        session.print(lines: table.lines(style: session.style).map { "  " + $0 })
    }

    /// The last word when nothing was asked: all is well (0), or what to do next (1).
    private static func verdict(_ diagnosis: StoreDiagnosis, backups: [CheckedBackup], _ session: AppSession)
        -> ExitCode
    {
        guard case .unusable(let problem) = diagnosis.health else {
            session.print()
            session.print(
                diagnosis.health == .missing ? "Nothing to check yet." : "Your progress store is sound.")
            return .success
        }
        session.print()
        if case .newerVersion = problem {
            session.print(
                "Next: update Palpate; this store was written by a newer version and is kept as it is.")
        } else if case .dataDirectoryNotAFolder(let path) = problem {
            session.print(
                "Next: move the file \(path) elsewhere, or choose another data directory with --data-dir or "
                    + "PALPATE_HOME.")
        } else if case .databaseNotAFile(let path) = problem {
            session.print(
                "Next: move the folder \(path) elsewhere; a new progress database is then created there.")
        } else if let sound = backups.first(where: { $0.problem == nil }) {
            session.print(
                "Next: restore the newest sound backup with 'palpate doctor --restore \(sound.backup.day) --yes' "
                    + "(the damaged file is moved aside, not deleted).")
        } else {
            session.print(
                "Next: there is no sound backup to restore. Move \(diagnosis.databaseURL.lastPathComponent) out "
                    + "of \(diagnosis.directory.path) to start afresh, keeping it in case it can be repaired."
            )
        }
        return .failure
    }

    // MARK: Restoring

    /// Which backup `--restore` names.
    private enum BackupRequest {
        case latest
        case day(String)

        init(parsing text: String) throws {
            if text == "latest" {
                self = .latest
                return
            }
            var day = text
            if day.hasPrefix("progress-") && day.hasSuffix(".sqlite") {
                day = String(day.dropFirst("progress-".count).dropLast(".sqlite".count))
            }
            guard day.count == 10, day.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else {
                throw UsageError(
                    "--restore needs a backup day such as 2026-03-01, or latest, not \(QuotedInput.quote(text))",
                    hint: "Run 'palpate doctor' to list the backups.")
            }
            self = .day(day)
        }
    }

    private static func restore(
        _ request: BackupRequest, from backups: [CheckedBackup], shelf: BackupShelf,
        diagnosis: StoreDiagnosis,
        confirmed: Bool, _ session: AppSession
    ) throws -> ExitCode {
        session.print()
        let chosen: CheckedBackup
        switch request {
        case .latest:
            guard let sound = backups.first(where: { $0.problem == nil }) else {
                throw CommandFailure("there is no sound backup to restore; nothing was changed")
            }
            chosen = sound
        case .day(let day):
            guard let found = backups.first(where: { $0.backup.day == day }) else {
                let days = backups.map(\.backup.day)
                throw CommandFailure(
                    "there is no backup of \(day); "
                        + (days.isEmpty
                            ? "there are no backups yet" : "the backups are: \(days.joined(separator: ", "))")
                )
            }
            chosen = found
        }
        if let problem = chosen.problem {
            throw CommandFailure(
                "the backup of \(chosen.backup.day) \(problem), so it was not restored; choose another")
        }
        if case .held = diagnosis.session {
            throw CommandFailure(
                "a review or exam session is running; finish it in its terminal, then restore. Nothing was changed."
            )
        }
        if diagnosis.health == .healthy {
            session.print(
                "Your store is sound: restoring replaces it with the backup of \(chosen.backup.day), and the answers "
                    + "since then stay only in the file moved aside.")
        }
        if !confirmed && !confirm(chosen.backup.day, session) {
            session.print("Nothing was changed (give --yes to restore without being asked).")
            return .failure
        }
        let context = session.context
        let now = context.clock()
        let holder = SessionHolder(
            pid: context.processID, host: context.hostName, startedAt: now, timeZone: context.timeZone)
        let aside: URL?
        do {
            aside = try shelf.restore(
                chosen.backup, now: now, holder: holder,
                setAside: diagnosis.health == .healthy || diagnosis.health == .missing ? .replaced : .damaged)
        } catch {
            throw CommandFailure(error.description + " Nothing was changed.")
        }
        session.print("Restored the backup of \(chosen.backup.day) as \(diagnosis.databaseURL.path).")
        if let aside {
            session.print("The previous file is kept at \(aside.path).")
        }
        let restored = StoreDiagnosis.examine(directory: diagnosis.directory)
        if let cards = restored.cardCount, let reviews = restored.reviewCount {
            session.print("It holds \(plural(cards, "card")) and \(plural(reviews, "review")).")
        }
        return .success
    }

    /// Asks before restoring; anything but yes, or the end of input, means no.
    private static func confirm(_ day: String, _ session: AppSession) -> Bool {
        session.print(
            "Restore the backup of \(day) in place of \(ProgressStore.databaseFileName)? The current file is "
                + "moved aside, not deleted. [y/N]")
        guard case .line(let answer) = PromptReader(session: session).read() else { return false }
        return ["y", "yes"].contains(answer.lowercased())
    }

    /// `812 bytes`, `60 KB`, `3.4 MB`.
    static func formatSize(_ bytes: Int) -> String {
        if bytes < 1_024 { return "\(bytes) bytes" }
        if bytes < 1_048_576 { return "\(Int((Double(bytes) / 1_024).rounded())) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
