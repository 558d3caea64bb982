import Foundation

/// How much progress a store holds: what starting over clears.
public struct ProgressCounts: Sendable, Equatable {
    public var cards: Int
    public var reviews: Int
    public var sessions: Int
    public var lessonsRead: Int

    public init(cards: Int = 0, reviews: Int = 0, sessions: Int = 0, lessonsRead: Int = 0) {
        self.cards = cards
        self.reviews = reviews
        self.sessions = sessions
        self.lessonsRead = lessonsRead
    }

    public var isEmpty: Bool { cards == 0 && reviews == 0 && sessions == 0 && lessonsRead == 0 }
}

/// What `startOver` did: where the backup of the progress is, and what was cleared.
public struct StartOver: Sendable, Equatable {
    public var backup: Backup
    public var cleared: ProgressCounts
}

extension ProgressStore {
    /// Rows of progress: card states, reviews, sessions (reviews and exams) and lessons read.
    public func progressCounts() throws(StoreError) -> ProgressCounts {
        try perform { try countProgress() }
    }

    private func countProgress() throws(DatabaseError) -> ProgressCounts {
        ProgressCounts(
            cards: try database.scalarInt("SELECT count(*) FROM cards"),
            reviews: try database.scalarInt("SELECT count(*) FROM reviews"),
            sessions: try database.scalarInt("SELECT count(*) FROM sessions"),
            lessonsRead: try database.scalarInt("SELECT count(DISTINCT lesson_id) FROM lessons_read"))
    }

    /// Clears the student's progress — every card new again, no reviews, sessions, exam answers or
    /// lessons read — after backing the store up as today's backup. Settings are kept.
    ///
    /// Today's backup is made afresh (replacing the one taken when the day began), so it holds
    /// everything up to this moment and `palpate doctor --restore DAY` brings it all back. If the
    /// backup cannot be made, nothing is cleared.
    public func startOver(now: Date, timeZone: TimeZone) throws(StoreError) -> StartOver {
        let backup = try backUpNow(now: now, timeZone: timeZone)
        let cleared = try write {
            let counts = try countProgress()
            // Children before parents, for the foreign keys; the triggers empty review_buckets as
            // the reviews go, and the last DELETE makes sure of it.
            for table in [
                "reviews", "undone_attempts", "exam_answers", "sessions", "cards", "lessons_read",
                "review_buckets",
            ] {
                try database.execute("DELETE FROM \(table)")
            }
            try database.execute(
                "DELETE FROM settings WHERE substr(key, 1, ?) = ?",
                [SQLValue(Self.undoKeyPrefix.count), SQLValue(Self.undoKeyPrefix)])
            return counts
        }
        return StartOver(backup: backup, cleared: cleared)
    }

    /// Makes today's backup now, replacing the one taken earlier today if there is one.
    ///
    /// The earlier backup is set aside first and put back if the new one fails, so today never
    /// ends up without a backup.
    func backUpNow(now: Date, timeZone: TimeZone) throws(StoreError) -> Backup {
        let shelf = backups
        let day = LocalTime.day(now, in: timeZone)
        let target = shelf.url(forDay: day)
        let fileManager = FileManager.default
        let aside = target.appendingPathExtension("replaced")
        let hadOne = fileManager.fileExists(atPath: target.path)
        if hadOne {
            try? fileManager.removeItem(at: aside)
            do { try fileManager.moveItem(at: target, to: aside) } catch {
                throw .fileOperation(path: target.path, action: "move aside", reason: Self.reason(error))
            }
        }
        do {
            _ = try shelf.makeDailyBackup(of: database, now: now, timeZone: timeZone)
        } catch {
            if hadOne { try? fileManager.moveItem(at: aside, to: target) }
            throw error
        }
        if hadOne { try? fileManager.removeItem(at: aside) }
        return Backup(url: target, day: day)
    }
}
