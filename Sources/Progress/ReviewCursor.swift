/// Reads reviews one at a time, so a report over years of history never holds them all at once.
///
/// Holds an open read statement: finish with it (or drop it) before writing to the store.
public final class ReviewCursor {
    private let statement: Statement
    private let path: String
    private var finished = false

    init(statement: Statement, path: String) {
        self.statement = statement
        self.path = path
    }

    /// The next review, or `nil` once there are no more.
    public func next() throws(StoreError) -> ReviewRecord? {
        guard !finished else { return nil }
        do {
            guard try statement.step() else {
                finished = true
                return nil
            }
            return try ReviewRecord(row: statement)
        } catch {
            finished = true
            throw StoreError.from(error, path: path)
        }
    }
}
