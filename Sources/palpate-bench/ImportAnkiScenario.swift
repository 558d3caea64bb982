import Foundation
import Interchange
import Progress

/// `palpate import DECK.apkg` on a generated package, whole process: unzip, open the collection
/// with SQLite, convert every note, write the deck as JSON and check it before writing.
struct ImportAnkiScenario: Scenario {
    var notes = 10_000

    var name: String { "import-apkg-\(notes / 1_000)k" }
    var size: String { "\(Format.count(Double(notes))) notes" }
    var target: Target { .under(milliseconds: 1_000) }
    var work: Work { Work(count: Double(notes), unit: "notes/s") }

    func repetitions(quick: Bool) -> Int { quick ? 3 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let file = try inputs.once("deck-\(notes).apkg") { url in
            let collection = url.deletingLastPathComponent().appendingPathComponent("deck-\(notes).anki2")
            try? FileManager.default.removeItem(at: collection)
            try Self.collection(notes: notes, at: collection.path)
            var zip = ZipArchiveWriter()
            let made = Date(timeIntervalSince1970: 1_772_438_400)
            try zip.add(
                name: "collection.anki2", contents: [UInt8](try Data(contentsOf: collection)), modified: made)
            try zip.add(name: "media", contents: Array("{}".utf8), modified: made)
            try Data(try zip.finish()).write(to: url)
        }
        return .palpate(arguments: ["import", file.path, "--deck", "bench"], environment: [:])
    }

    /// A legacy collection (schema 11: note types and decks as JSON in `col`) of Basic, Basic
    /// (type in the answer) and Cloze notes in sub-decks, with HTML, media and tags.
    static func collection(notes: Int, at path: String) throws {
        // Through Progress's SQLite wrapper (`package` access), as the exporter writes collections.
        let database = try Database(path: path)
        try database.executeScript(
            """
            CREATE TABLE col (id INTEGER PRIMARY KEY, models TEXT NOT NULL, decks TEXT NOT NULL);
            CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, mid INTEGER NOT NULL,
                tags TEXT NOT NULL, flds TEXT NOT NULL);
            CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER NOT NULL, did INTEGER NOT NULL,
                ord INTEGER NOT NULL);
            CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid INTEGER NOT NULL, ease INTEGER NOT NULL,
                time INTEGER NOT NULL, type INTEGER NOT NULL);
            """)
        let models = """
            {"1": {"name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
                   "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}",
                              "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]},
             "2": {"name": "Basic (type in the answer)", "type": 0,
                   "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
                   "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}\\n\\n{{type:Back}}",
                              "afmt": "{{Front}}<hr id=answer>{{type:Back}}"}]},
             "3": {"name": "Cloze", "type": 1, "flds": [{"name": "Text", "ord": 0}, {"name": "Back Extra", "ord": 1}],
                   "tmpls": [{"name": "Cloze", "ord": 0, "qfmt": "{{cloze:Text}}",
                              "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}]}}
            """
        let decks =
            #"{"1": {"name": "Default"}, "2": {"name": "Anatomy::Muscles"}, "3": {"name": "Anatomy::Referral"}}"#
        try database.execute("INSERT INTO col VALUES (1, ?, ?)", [.text(models), .text(decks)])
        try insert(
            "INSERT INTO notes VALUES (?, ?, ?, ?, ?)", into: database,
            rows: (0..<notes).lazy.map { index -> [SQLValue] in
                let fields: String
                switch index % 3 {
                case 0:
                    fields =
                        "Which muscle refers pain to zone <b>\(index)</b>?[sound:zone\(index).mp3]\u{1F}Muscle \(index)"
                case 1: fields = "Name the stroke number \(index).\u{1F}stroke \(index)"
                default:
                    fields =
                        "The {{c1::muscle \(index)}} refers pain to the {{c2::zone \(index)::region}}.\u{1F}"
                        + "<img src=\"chart\(index).png\"> See chart \(index)."
                }
                return [
                    .integer(Int64(1_700_000_000_000 + index)), .text("g\(index)x!"),
                    .integer(Int64(index % 3 + 1)),
                    .text(" bench zone-\(index % 50) "), .text(fields),
                ]
            })
        // One card a note (a cloze note's first deletion), in the two sub-decks by turns.
        let cards = (0..<notes).lazy.map { index -> [SQLValue] in
            let card = SQLValue.integer(Int64(1_800_000_000_000 + index))
            let note = SQLValue.integer(Int64(1_700_000_000_000 + index))
            let deck = SQLValue.integer(Int64(index % 2 + 2))
            return [card, note, deck, .integer(0)]
        }
        try insert("INSERT INTO cards VALUES (?, ?, ?, ?)", into: database, rows: cards)
        try database.close()
    }

    /// Runs `sql` once per row, in one transaction.
    private static func insert(_ sql: String, into database: Database, rows: some Sequence<[SQLValue]>) throws
    {
        try database.transaction {
            let statement = try database.prepare(sql)
            for row in rows {
                try statement.bind(row)
                while try statement.step() {}
            }
        }
    }
}
