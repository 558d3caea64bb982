import Foundation
import Testing

@testable import Progress

/// Stores made by the releases before each schema change (see `Fixtures/README.md`), opened by
/// this one: every review, card, setting, exam answer and lesson read must survive the upgrade.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures")

/// Every row of the tables named in `columns`, each as those columns' SQL literals, by table.
private func contents(of path: String, columns: [String: [String]]) throws -> [String: [String]] {
    let database = try Database(path: path, mode: .readOnly)
    defer { try? database.close() }
    var result: [String: [String]] = [:]
    for (table, names) in columns {
        let list = names.map { "quote(\($0))" }.joined(separator: " || '|' || ")
        result[table] = try database.query("SELECT \(list) FROM \(table)") { $0.text(0) }.sorted()
    }
    return result
}

private func columns(of path: String) throws -> [String: [String]] {
    let database = try Database(path: path, mode: .readOnly)
    defer { try? database.close() }
    var result: [String: [String]] = [:]
    for table in try database.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        row: { $0.text(0) })
    {
        result[table] = try database.query("SELECT name FROM pragma_table_info(?)", [.text(table)]) {
            $0.text(0)
        }
    }
    return result
}

@Suite struct SchemaUpgradeTests {
    @Test(arguments: [1, 2])
    func aStoreFromAnEarlierReleaseUpgradesKeepingEverything(version: Int) throws {
        let temporary = try TemporaryDirectory()
        let fixture = fixtures.appendingPathComponent("store-v\(version).sqlite")
        try FileManager.default.copyItem(at: fixture, to: temporary.databaseURL)
        let path = temporary.databaseURL.path
        // Every column the old file had, but a review session's `correct`, which version 3
        // recounts by the one rule for a right answer (by design).
        var oldColumns = try columns(of: path)
        oldColumns["sessions"]?.removeAll { $0 == "correct" }
        let before = try contents(of: path, columns: oldColumns)
        #expect(try Database(path: path, mode: .readOnly).userVersion() == version)
        #expect(before["reviews"]?.isEmpty == false)
        #expect(before["settings"]?.isEmpty == false)

        let store = try ProgressStore.open(
            directory: temporary.url, now: Date(timeIntervalSince1970: 1_767_225_600), timeZone: utc)
        let backup = try #require(store.dailyBackup)
        #expect(try store.settings().value(forKey: "name") == "Fixture Student")
        try store.close()

        #expect(try Database(path: path, mode: .readOnly).userVersion() == ProgressStore.schemaVersion)
        // The backup made before the upgrade is the old file, version and all.
        #expect(try Database(path: backup.path, mode: .readOnly).userVersion() == version)
        #expect(try contents(of: path, columns: oldColumns) == before)
    }
}
