import Foundation
import Testing

@testable import Progress

@Suite struct DatabaseTransactionTests {
    private struct Interrupted: Error, Equatable {}

    private func database() throws -> Database {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (x INTEGER NOT NULL) STRICT")
        return database
    }

    @Test func aThrowInsideLeavesNothingBehind() throws {
        let database = try database()
        #expect(throws: Interrupted()) {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("INSERT INTO t VALUES (2)")
                throw Interrupted()
            }
        }
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 0)
        #expect(!database.isInTransaction)
    }

    @Test func aFailingStatementRollsBackTheEarlierOnesAndIsRethrown() throws {
        let database = try database()
        #expect {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("INSERT INTO t VALUES (NULL)")
            }
        } throws: { error in
            (error as? DatabaseError)?.message.contains("NOT NULL constraint failed: t.x") == true
        }
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test func theFirstErrorWinsOverALaterRollbackFailure() throws {
        let database = try database()
        // The body ends the transaction itself, so the helper's own ROLLBACK has nothing to do.
        #expect(throws: Interrupted()) {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("ROLLBACK")
                throw Interrupted()
            }
        }
        #expect(try database.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test func aSuccessfulBodyIsCommittedAndItsValueReturned() throws {
        let database = try database()
        let inserted = try database.transaction {
            try database.execute("INSERT INTO t VALUES (41)")
            return database.lastInsertRowID
        }
        #expect(inserted == 1)
        #expect(try database.scalarInt("SELECT x FROM t") == 41)
        #expect(!database.isInTransaction)
    }
}
