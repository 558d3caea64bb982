import Foundation

/// How much was studied in a span of time, as the daily limits count it.
public struct StudyCounts: Sendable, Equatable {
    /// Cards reviewed for the first time ever: counted against `newPerDay`.
    public let newCards: Int
    /// Reviews of cards that had graduated (phase `review` before the answer): counted against
    /// `reviewsPerDay`, as Anki does. Learning and relearning steps are not counted.
    public let reviews: Int
    /// Every review, learning steps included.
    public let total: Int
}

/// The reviews of one study day, for charts and streaks.
public struct DayCount: Sendable, Equatable {
    /// `YYYY-MM-DD`: the study day (which starts at `dayStartsAt`, not at midnight).
    public let day: String
    public let reviews: Int
    public let newCards: Int
}

extension ProgressStore {
    /// Counts the reviews in `range` (start included, end excluded) for the daily limits.
    public func studyCounts(in range: Range<Date>) throws(StoreError) -> StudyCounts {
        try perform {
            try database.queryFirst(
                """
                SELECT count(*), coalesce(sum(before_last_review IS NULL), 0),
                       coalesce(sum(before_phase = 'review'), 0)
                FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?
                """, [SQLValue(range.lowerBound), SQLValue(range.upperBound)]
            ) { StudyCounts(newCards: $0.int(1), reviews: $0.int(2), total: $0.int(0)) }
                ?? StudyCounts(newCards: 0, reviews: 0, total: 0)
        }
    }

    /// Streams the reviews in `range`, oldest first.
    public func reviews(in range: Range<Date>) throws(StoreError) -> ReviewCursor {
        try perform {
            let statement = try database.prepare(
                """
                SELECT \(ReviewRecord.selectColumns) FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at, id
                """)
            try statement.bind([SQLValue(range.lowerBound), SQLValue(range.upperBound)])
            return ReviewCursor(statement: statement, path: databaseURL.path)
        }
    }

    /// Review counts per study day in `range`, oldest day first; days without reviews are left out.
    ///
    /// - Parameters:
    ///   - timeZone: the student's time zone.
    ///   - dayStartsAt: the hour a study day begins (reviews at 02:00 belong to the day before
    ///     when it is 4).
    public func reviewCountsPerDay(
        in range: Range<Date>, timeZone: TimeZone, dayStartsAt: Int
    ) throws(StoreError) -> [DayCount] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let rows = try perform {
            try database.query(
                """
                SELECT reviewed_at, before_last_review IS NULL FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at
                """, [SQLValue(range.lowerBound), SQLValue(range.upperBound)]
            ) { (at: $0.date(0), isNew: $0.bool(1)) }
        }
        var counts: [DayCount] = []
        for row in rows {
            let day = Self.studyDay(of: row.at, calendar: calendar, dayStartsAt: dayStartsAt)
            let previous =
                counts.last?.day == day ? counts.removeLast() : DayCount(day: day, reviews: 0, newCards: 0)
            counts.append(
                DayCount(
                    day: day, reviews: previous.reviews + 1, newCards: previous.newCards + (row.isNew ? 1 : 0)
                ))
        }
        return counts
    }

    /// The study day `date` belongs to: its calendar day, or the day before when it falls before
    /// `dayStartsAt` o'clock.
    static func studyDay(of date: Date, calendar: Calendar, dayStartsAt: Int) -> String {
        let hour = calendar.component(.hour, from: date)
        let day = hour < dayStartsAt ? calendar.date(byAdding: .day, value: -1, to: date) ?? date : date
        return LocalTime.day(day, in: calendar.timeZone)
    }
}
