/// The result of a full integrity check: empty `problems` means the database is sound.
public struct IntegrityReport: Sendable, Equatable {
    /// SQLite's own descriptions, one per problem found.
    public let problems: [String]

    public var isOK: Bool { problems.isEmpty }

    public init(problems: [String]) { self.problems = problems }

    /// Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on `database`.
    init(checking database: Database) throws(DatabaseError) {
        let structure = try database.query("PRAGMA integrity_check") { $0.text(0) }
        let references = try database.query("PRAGMA foreign_key_check") { row in
            let rowID = row.optionalInt64(1).map { " row \($0)" } ?? " a row"
            return "\(row.text(0))\(rowID) refers to a missing \(row.text(2)) row"
        }
        self.init(problems: (structure == ["ok"] ? [] : structure) + references)
    }
}
