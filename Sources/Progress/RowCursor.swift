/// Reads rows one at a time, so a report over years of history never holds them all at once.
///
/// Holds an open read statement: finish with it (or drop it) before writing to the store.
public final class RowCursor<Row> {
    private let statement: Statement
    private let path: String
    private let decode: (Statement) throws(DatabaseError) -> Row
    private var finished = false

    init(statement: Statement, path: String, decode: @escaping (Statement) throws(DatabaseError) -> Row) {
        self.statement = statement
        self.path = path
        self.decode = decode
    }

    /// The next row, or `nil` once there are no more.
    public func next() throws(StoreError) -> Row? {
        guard !finished else { return nil }
        do {
            guard try statement.step() else {
                finished = true
                return nil
            }
            return try decode(statement)
        } catch {
            finished = true
            throw StoreError.from(error, path: path)
        }
    }
}

/// Reviews with the card's whole state before and after each (`ProgressStore.reviews(in:)`).
public typealias ReviewCursor = RowCursor<ReviewRecord>

/// The light review log (`ProgressStore.reviewLog(in:)`).
public typealias ReviewLogCursor = RowCursor<ReviewLogEntry>
