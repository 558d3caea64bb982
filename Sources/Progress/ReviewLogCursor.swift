/// Reads the review log one entry at a time, like `ReviewCursor` but with `ReviewLogEntry`s.
///
/// Holds an open read statement: finish with it (or drop it) before writing to the store.
public final class ReviewLogCursor {
    private let statement: Statement
    private let path: String
    private var finished = false

    init(statement: Statement, path: String) {
        self.statement = statement
        self.path = path
    }

    /// The next entry, or `nil` once there are no more.
    public func next() throws(StoreError) -> ReviewLogEntry? {
        guard !finished else { return nil }
        do {
            guard try statement.step() else {
                finished = true
                return nil
            }
            return try ReviewLogEntry(row: statement)
        } catch {
            finished = true
            throw StoreError.from(error, path: path)
        }
    }
}
