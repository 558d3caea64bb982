import Foundation
import Testing

@testable import Progress

@Suite struct DatabaseTests {
    private func tableOfEverything() throws -> Database {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n ANY) STRICT")
        return database
    }

    @Test func sixtyFourBitIntegersSurviveTheRoundTrip() throws {
        let database = try tableOfEverything()
        for value in [Int64.max, Int64.min, Int64(Int32.max) + 1, -1] {
            try database.execute("INSERT INTO t (i) VALUES (?)", [.integer(value)])
        }
        let read = try database.query("SELECT i FROM t ORDER BY rowid") { $0.int64(0) }
        #expect(read == [Int64.max, Int64.min, Int64(Int32.max) + 1, -1])
    }

    @Test func textKeepsUnicodeAndEmbeddedNulls() throws {
        let database = try tableOfEverything()
        let text = "Trapèze — m. trapezius\u{0}after the NUL 💆"
        try database.execute("INSERT INTO t (s) VALUES (?)", [SQLValue(text)])
        #expect(try database.queryFirst("SELECT s FROM t") { $0.text(0) } == text)
    }

    @Test func anEmptyBlobIsNotNull() throws {
        let database = try tableOfEverything()
        try database.execute("INSERT INTO t (b) VALUES (?)", [.blob([])])
        try database.execute("INSERT INTO t (b) VALUES (?)", [.blob([0, 1, 255])])
        try database.execute("INSERT INTO t (b) VALUES (?)", [.null])
        let read = try database.query("SELECT b IS NULL, b FROM t ORDER BY rowid") {
            ($0.bool(0), $0.blob(1))
        }
        #expect(read.map(\.0) == [false, false, true])
        #expect(read[1].1 == [0, 1, 255])
    }

    @Test func doublesAndNullsReadBackAsOptionals() throws {
        let database = try tableOfEverything()
        try database.execute("INSERT INTO t (r, n) VALUES (?, ?)", [SQLValue(0.1 + 0.2), .null])
        let row = try database.queryFirst("SELECT r, n FROM t") { ($0.optionalDouble(0), $0.optionalInt(1)) }
        #expect(row?.0 == 0.1 + 0.2)
        #expect(row?.1 == nil)
    }

    @Test func anErrorCarriesTheMessageCodesAndSQL() throws {
        let database = try tableOfEverything()
        try database.execute("CREATE TABLE u (k TEXT PRIMARY KEY) STRICT")
        try database.execute("INSERT INTO u VALUES ('a')")
        #expect {
            try database.execute("INSERT INTO u VALUES ('a')")
        } throws: { error in
            guard let error = error as? DatabaseError else { return false }
            return error.resultCode == 19 && error.extendedResultCode == 1555  // SQLITE_CONSTRAINT_PRIMARYKEY
                && error.message.contains("UNIQUE constraint failed: u.k")
                && error.sql == "INSERT INTO u VALUES ('a')"
                && error.description.contains("while running `INSERT INTO u VALUES ('a')`")
        }
    }

    @Test func strictTablesRefuseTheWrongType() throws {
        let database = try tableOfEverything()
        #expect(throws: DatabaseError.self) { try database.execute("INSERT INTO t (i) VALUES ('twelve')") }
    }

    @Test func aWrongArgumentCountIsRefusedBeforeRunning() throws {
        let database = try tableOfEverything()
        #expect {
            try database.execute("INSERT INTO t (i, s) VALUES (?, ?)", [.integer(1)])
        } throws: { error in
            (error as? DatabaseError)?.message == "the statement takes 2 arguments, 1 were given"
        }
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test func twoStatementsInOnePrepareAreRefused() throws {
        let database = try tableOfEverything()
        #expect(throws: DatabaseError.self) {
            try database.execute("INSERT INTO t (i) VALUES (1); DROP TABLE t")
        }
        #expect(try database.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 't'") == 1)
        // Text built at run time, not a literal, and only white space after the statement.
        let trailing = ["SELECT count(*)", "FROM t;", " \n\t"].joined(separator: " ")
        #expect(try database.scalarInt(trailing) == 0)
    }

    @Test func userVersionIsReadAndWritten() throws {
        let database = try Database(path: ":memory:")
        #expect(try database.userVersion() == 0)
        try database.setUserVersion(7)
        #expect(try database.userVersion() == 7)
    }
}
