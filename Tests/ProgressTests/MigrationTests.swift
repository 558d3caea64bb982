import Foundation
import Testing

@testable import Progress

@Suite struct MigrationTests {
    private let first = Migration(version: 1, summary: "decks", sql: "CREATE TABLE a (x INTEGER) STRICT;")
    private let second = Migration(
        version: 2, summary: "notes",
        sql: "CREATE TABLE b (y TEXT) STRICT; INSERT INTO b SELECT 'from ' || x FROM a;")

    private func tables(_ database: Database) throws -> [String] {
        try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.text(0) }
    }

    @Test func anEmptyFileIsBroughtToTheLatestVersion() throws {
        let database = try Database(path: ":memory:")
        let found = try Migrator(migrations: [first, second]).migrate(database)
        #expect(found == 0)
        #expect(try database.userVersion() == 2)
        #expect(try tables(database) == ["a", "b"])
    }

    @Test func aVersionOneFileRunsOnlyTheLaterMigrationsAndKeepsItsData() throws {
        let database = try Database(path: ":memory:")
        try Migrator(migrations: [first]).migrate(database)
        try database.execute("INSERT INTO a VALUES (7)")
        let found = try Migrator(migrations: [first, second]).migrate(database)
        #expect(found == 1)
        #expect(try database.userVersion() == 2)
        #expect(try database.query("SELECT y FROM b") { $0.text(0) } == ["from 7"])
        #expect(try database.scalarInt("SELECT count(*) FROM a") == 1)
    }

    @Test func aFailingMigrationLeavesTheLastCompleteVersion() throws {
        let database = try Database(path: ":memory:")
        let broken = Migration(
            version: 2, summary: "broken", sql: "CREATE TABLE b (y TEXT) STRICT; CREATE TABLE (;")
        #expect(throws: DatabaseError.self) { try Migrator(migrations: [first, broken]).migrate(database) }
        #expect(try database.userVersion() == 1)
        #expect(try tables(database) == ["a"])
    }

    @Test func storeMigrationsAreNumberedFromOneWithoutGaps() {
        let versions = Schema.migrator.migrations.map(\.version)
        #expect(versions == Array(1...versions.count))
        #expect(ProgressStore.schemaVersion == versions.count)
    }

    @Test func everyStoreTableIsStrict() throws {
        let store = try ProgressStore.inMemory()
        let tables = try store.database.query(
            "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'"
        ) { ($0.text(0), $0.bool(1)) }
        #expect(
            Set(tables.map(\.0)) == [
                "cards", "reviews", "sessions", "exam_answers", "lessons_read", "settings", "review_buckets",
                "undone_attempts",
            ])
        #expect(tables.allSatisfy { $0.1 })
    }
}
