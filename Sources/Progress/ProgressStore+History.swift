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
        try studyCounts(in: TimeSpan(range))
    }

    public func studyCounts(in span: TimeSpan) throws(StoreError) -> StudyCounts {
        try perform {
            try database.queryFirst(
                """
                SELECT count(*), coalesce(sum(before_last_review IS NULL), 0),
                       coalesce(sum(before_phase = 'review'), 0)
                FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?
                """, span.sqlValues
            ) { StudyCounts(newCards: $0.int(1), reviews: $0.int(2), total: $0.int(0)) }
                ?? StudyCounts(newCards: 0, reviews: 0, total: 0)
        }
    }

    /// Reviews of graduated cards in `span`, counted up to `limit` and no further: enough to say
    /// "there are at least this many" without reading a long history (the dashboard asks at every
    /// start, and counting all of 100,000 reviews was half of its time).
    public func graduatedReviewCount(in span: TimeSpan, upTo limit: Int) throws(StoreError) -> Int {
        try perform {
            try database.queryFirst(
                """
                SELECT count(*) FROM (SELECT 1 FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? AND before_phase = 'review' LIMIT ?)
                """, span.sqlValues + [.integer(Int64(limit))]
            ) { $0.int(0) } ?? 0
        }
    }

    /// Streams the reviews in `range`, oldest first.
    public func reviews(in range: Range<Date>) throws(StoreError) -> ReviewCursor {
        try reviews(in: TimeSpan(range))
    }

    public func reviews(in span: TimeSpan) throws(StoreError) -> ReviewCursor {
        try perform {
            let statement = try database.prepare(
                """
                SELECT \(ReviewRecord.selectColumns) FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at, id
                """)
            try statement.bind(span.sqlValues)
            return ReviewCursor(statement: statement, path: databaseURL.path, decode: ReviewRecord.init(row:))
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
        try reviewCountsPerDay(in: TimeSpan(range), timeZone: timeZone, dayStartsAt: dayStartsAt)
    }

    public func reviewCountsPerDay(
        in span: TimeSpan, timeZone: TimeZone, dayStartsAt: Int
    ) throws(StoreError) -> [DayCount] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // Counted per quarter hour: study days and every modern zone offset begin on a quarter
        // hour, so each bucket falls in one study day. Whole buckets come from the summary the
        // triggers keep (a few rows per study day however many reviews); only the partial buckets
        // at the range's ends are counted from the log, through its time index.
        let (lower, upper) = span.storedBounds
        let buckets = BucketSpan(from: lower, to: upper)
        let rows = try perform {
            try database.query(
                """
                SELECT bucket, reviews, new_cards FROM review_buckets WHERE bucket >= ? AND bucket < ?
                UNION ALL
                SELECT reviewed_at / \(Self.bucketMicroseconds), count(*), sum(before_last_review IS NULL)
                FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? GROUP BY 1
                UNION ALL
                SELECT reviewed_at / \(Self.bucketMicroseconds), count(*), sum(before_last_review IS NULL)
                FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? GROUP BY 1
                ORDER BY 1
                """,
                [
                    .integer(buckets.wholeBuckets.lowerBound), .integer(buckets.wholeBuckets.upperBound),
                    .integer(buckets.head.lowerBound), .integer(buckets.head.upperBound),
                    .integer(buckets.tail.lowerBound), .integer(buckets.tail.upperBound),
                ]
            ) { (bucket: $0.int64(0), reviews: $0.int(1), newCards: $0.int(2)) }
        }
        var counts: [DayCount] = []
        for row in rows {
            let start = StoredTime.date(microseconds: row.bucket * Self.bucketMicroseconds)
            let day = Self.studyDay(of: start, calendar: calendar, dayStartsAt: dayStartsAt)
            let previous =
                counts.last?.day == day ? counts.removeLast() : DayCount(day: day, reviews: 0, newCards: 0)
            counts.append(
                DayCount(
                    day: day, reviews: previous.reviews + row.reviews,
                    newCards: previous.newCards + row.newCards))
        }
        return counts
    }

    /// A quarter of an hour, the resolution of `reviewCountsPerDay`'s grouping and the width of a
    /// `review_buckets` row (whose migration spells it out as 900000000).
    static let bucketMicroseconds: Int64 = 15 * 60 * 1_000_000

    /// The study day `date` belongs to: its calendar day, or the day before when it falls before
    /// `dayStartsAt` o'clock.
    static func studyDay(of date: Date, calendar: Calendar, dayStartsAt: Int) -> String {
        let hour = calendar.component(.hour, from: date)
        let day = hour < dayStartsAt ? calendar.date(byAdding: .day, value: -1, to: date) ?? date : date
        return LocalTime.day(day, in: calendar.timeZone)
    }
}
