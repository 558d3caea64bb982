import Foundation
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
            let bytes = [UInt8](try Data(contentsOf: collection))
            try Data(StoredZipWriter.make([("collection.anki2", bytes), ("media", Array("{}".utf8))])).write(
                to: url)
        }
        return .palpate(arguments: ["import", file.path, "--deck", "bench"], environment: [:])
    }

    /// A legacy collection (schema 11: note types and decks as JSON in `col`) of Basic, Basic
    /// (type in the answer) and Cloze notes in sub-decks, with HTML, media and tags.
    static func collection(notes: Int, at path: String) throws {
        let database = try ForeignDatabase.create(path: path)
        try database.execute(
            script: """
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
        try database.insert("INSERT INTO col VALUES (1, ?, ?)", rows: [[.text(models), .text(decks)]])
        try database.insert(
            "INSERT INTO notes VALUES (?, ?, ?, ?, ?)",
            rows: (0..<notes).lazy.map { index -> [ForeignValue] in
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
        let cards = (0..<notes).lazy.map { index -> [ForeignValue] in
            let card = ForeignValue.integer(Int64(1_800_000_000_000 + index))
            let note = ForeignValue.integer(Int64(1_700_000_000_000 + index))
            let deck = ForeignValue.integer(Int64(index % 2 + 2))
            return [card, note, deck, .integer(0)]
        }
        try database.insert("INSERT INTO cards VALUES (?, ?, ?, ?)", rows: cards)
        try database.close()
    }
}
