import Foundation
import Progress
import TextFormats

/// What an Anki collection holds that an import uses, read from its SQLite file: note types
/// (with their fields and card templates), deck names, notes, cards and the review log.
///
/// Both layouts are read: the current one (schema 18, `collection.anki21b`) keeps note types and
/// decks in tables with protocol-buffer blobs; the legacy ones (`collection.anki21`,
/// `collection.anki2`) keep them as JSON in the `col` row.
struct AnkiCollection {
    struct NoteType {
        struct Template {
            var name: String
            var front: String
            var back: String
        }
        var id: Int64
        var name: String
        var isCloze: Bool
        var fields: [String]
        var templates: [Template]
    }

    struct Note {
        var id: Int64
        var guid: String
        var noteTypeID: Int64
        var fields: [String]
        var tags: [String]
    }

    struct Card {
        var id: Int64
        var noteID: Int64
        var deckID: Int64
        /// Which template (or, for a cloze note, which deletion less one) made it.
        var ordinal: Int
    }

    var noteTypes: [Int64: NoteType] = [:]
    /// Full names, sub-decks joined by `::`.
    var decks: [Int64: String] = [:]
    var notes: [Note] = []
    var cards: [Card] = []
    var reviews: [AnkiReview] = []

    /// An empty collection, for building one by hand.
    init() {}

    /// Reads everything; a query that fails (the file is not SQLite, or not an Anki collection)
    /// throws SQLite's error, which the package reader words for the user.
    init(database: Database) throws(DatabaseError) {
        let tables = Set(
            try database.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) })
        if tables.contains("notetypes") {
            try readCurrentNoteTypes(database)
        } else {
            try readLegacyNoteTypes(database)
        }
        try database.forEachRow("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id") {
            (row: Statement) in
            notes.append(
                Note(
                    id: row.int64(0), guid: row.text(1), noteTypeID: row.int64(2),
                    fields: row.text(4).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(
                        String.init),
                    tags: row.text(3).split(separator: " ").map(String.init)))
        }
        try database.forEachRow("SELECT id, nid, did, ord FROM cards ORDER BY id") { (row: Statement) in
            cards.append(
                Card(id: row.int64(0), noteID: row.int64(1), deckID: row.int64(2), ordinal: Int(row.int64(3)))
            )
        }
        try database.forEachRow("SELECT id, cid, ease, time, type FROM revlog ORDER BY id") {
            (row: Statement) in
            reviews.append(
                AnkiReview(
                    milliseconds: row.int64(0), cardID: row.int64(1), ease: Int(row.int64(2)),
                    takenMilliseconds: Int(row.int64(3)), kind: Int(row.int64(4))))
        }
    }

    private mutating func readCurrentNoteTypes(_ database: Database) throws(DatabaseError) {
        var fields: [Int64: [(Int64, String)]] = [:]
        var templates: [Int64: [(Int64, NoteType.Template)]] = [:]
        try database.forEachRow("SELECT ntid, ord, name FROM fields") { (row: Statement) in
            fields[row.int64(0), default: []].append((row.int64(1), row.text(2)))
        }
        try database.forEachRow("SELECT ntid, ord, name, config FROM templates") { (row: Statement) in
            let config = ProtobufFields(row.blob(3))
            templates[row.int64(0), default: []].append(
                (
                    row.int64(1),
                    NoteType.Template(
                        name: row.text(2), front: config.text(1) ?? "", back: config.text(2) ?? "")
                ))
        }
        try database.forEachRow("SELECT id, name, config FROM notetypes") { (row: Statement) in
            let id = row.int64(0)
            // NotetypeConfig's field 1 is its kind: 0 normal, 1 cloze.
            let kind = ProtobufFields(row.blob(2)).varints[1] ?? 0
            noteTypes[id] = NoteType(
                id: id, name: row.text(1), isCloze: kind == 1,
                fields: (fields[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                templates: (templates[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1))
        }
        try database.forEachRow("SELECT id, name FROM decks") { (row: Statement) in
            decks[row.int64(0)] = row.text(1).replacingOccurrences(of: "\u{1F}", with: "::")
        }
    }

    private mutating func readLegacyNoteTypes(_ database: Database) throws(DatabaseError) {
        var modelsText = ""
        var decksText = ""
        try database.forEachRow("SELECT models, decks FROM col LIMIT 1") { (row: Statement) in
            modelsText = row.text(0)
            decksText = row.text(1)
        }
        for member in Self.jsonObject(modelsText) {
            guard let model = member.value.objectValue, let id = Int64(member.key) else { continue }
            // A note type's fields and templates, each an object with its place in `ord`.
            func ordered(_ key: String) -> [[JSONMember]] {
                (Self.value(key, in: model)?.arrayValue ?? []).compactMap(\.objectValue).sorted {
                    (Self.value("ord", in: $0)?.integerValue ?? 0)
                        < (Self.value("ord", in: $1)?.integerValue ?? 0)
                }
            }
            let text = { (key: String, object: [JSONMember]) in Self.value(key, in: object)?.stringValue ?? ""
            }
            noteTypes[id] = NoteType(
                id: id, name: text("name", model), isCloze: Self.value("type", in: model)?.integerValue == 1,
                fields: ordered("flds").map { text("name", $0) },
                templates: ordered("tmpls").map {
                    NoteType.Template(name: text("name", $0), front: text("qfmt", $0), back: text("afmt", $0))
                })
        }
        for member in Self.jsonObject(decksText) {
            guard let deck = member.value.objectValue, let id = Int64(member.key) else { continue }
            decks[id] = Self.value("name", in: deck)?.stringValue ?? ""
        }
    }

    /// The legacy `col` row's JSON (read with the project's own parser), as an object's members;
    /// none when it is not an object.
    private static func jsonObject(_ text: String) -> [JSONMember] {
        (try? JSONParser.parse(Array(text.utf8)))?.objectValue ?? []
    }

    private static func value(_ key: String, in object: [JSONMember]) -> JSONNode? {
        object.first { $0.key == key }?.value
    }
}
