import Foundation

extension ProgressStore {
    /// Streams the review log in `range` (start included, end excluded), oldest first, without
    /// the card states reports do not need; `reviews(in:)` gives the whole rows.
    public func reviewLog(in range: Range<Date>) throws(StoreError) -> ReviewLogCursor {
        try reviewLog(in: TimeSpan(range))
    }

    public func reviewLog(in span: TimeSpan) throws(StoreError) -> ReviewLogCursor {
        try perform {
            let statement = try database.prepare(
                """
                SELECT \(ReviewLogEntry.selectColumns) FROM reviews
                WHERE reviewed_at >= ? AND reviewed_at < ? ORDER BY reviewed_at, id
                """)
            try statement.bind(span.sqlValues)
            return ReviewLogCursor(
                statement: statement, path: databaseURL.path, decode: ReviewLogEntry.init(row:))
        }
    }
}
