import Foundation
import Progress
import TextFormats

/// Writes notes into a new Anki collection file in the legacy layout (`collection.anki2`, schema
/// 11), which every Anki since 2.1 imports: the tables Anki 2.1 creates, one `col` row holding the
/// note types, the deck and its options as JSON, then a row per note and per card, all new.
///
/// Ids are derived from what they name (the deck's id, the question's id), not from the clock, so
/// the same deck gives the same collection and the tests can compare it.
enum AnkiCollectionWriter {
    /// Anki's legacy schema, as `anki/rslib/src/storage/schema11.sql` creates it.
    static let schema = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
          scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
          ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
          dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
          sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
          ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
          queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
          reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
          odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
          ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
          time integer NOT NULL, type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """

    /// The Anki deck's id for a Palpate deck: the same on every export, so Anki files a second
    /// import in the same deck.
    static func deckID(_ deckID: String) -> Int64 { stableID("deck:" + deckID) }

    /// Writes the collection to a new file at `path`.
    ///
    /// - Parameters:
    ///   - deck: the Anki deck's name (the Palpate deck's title) and description.
    ///   - now: the notes' modification time: Anki updates an existing note with the same GUID only
    ///     when the incoming one is newer, so a later export must carry a later time.
    static func write(
        notes: [AnkiNote], deckName: String, deckDescription: String, deckID: Int64, now: Date,
        to path: String
    ) throws(DatabaseError) {
        let database = try Database(path: path)
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        try database.executeScript(schema)
        do {
            try database.transaction {
                try database.execute(
                    "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                    [
                        .integer(seconds - seconds % 86_400), .integer(milliseconds), .integer(milliseconds),
                        .text(configuration(notes: notes.count).serialized()),
                        .text(models.serialized()),
                        .text(
                            decks(name: deckName, description: deckDescription, id: deckID, now: seconds)
                                .serialized()),
                        .text(options.serialized()),
                    ])
                var used: Set<Int64> = []
                for (position, note) in notes.enumerated() {
                    let noteID = unique(stableID("note:" + note.guid), in: &used)
                    let sortField = AnkiChecksum.sortField(note.fields[0])
                    try database.execute(
                        "INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')",
                        [
                            .integer(noteID), .text(note.guid), .integer(note.type.id), .integer(seconds),
                            .text(note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "),
                            .text(note.fields.joined(separator: "\u{1f}")), .text(sortField),
                            .integer(AnkiChecksum.checksum(sortField)),
                        ])
                    for ordinal in note.cardOrdinals {
                        let cardID = unique(stableID("card:\(note.guid)#\(ordinal)"), in: &used)
                        // A new card (type 0, queue 0) due in the deck's order.
                        try database.execute(
                            "INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                            [
                                .integer(cardID), .integer(noteID), .integer(deckID),
                                .integer(Int64(ordinal)),
                                .integer(seconds), .integer(Int64(position + 1)),
                            ])
                    }
                }
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw DatabaseError(extendedResultCode: 1, message: "\(error)")
        }
        try database.close()
    }

    /// A positive id below 2^53 (JavaScript's exact integers: Anki's interface handles ids
    /// there), from a stable hash of `name`.
    static func stableID(_ name: String) -> Int64 {
        Int64(StableHash.of(name.utf8) % (1 << 52)) + (1 << 40)
    }

    private static func unique(_ id: Int64, in used: inout Set<Int64>) -> Int64 {
        var id = id
        while !used.insert(id).inserted { id += 1 }
        return id
    }

    private static func configuration(notes: Int) -> JSONValue {
        .object([
            ("nextPos", .int(notes + 1)), ("estTimes", .bool(true)), ("activeDecks", .array([.int(1)])),
            ("sortType", .string("noteFld")), ("timeLim", .int(0)), ("sortBackwards", .bool(false)),
            ("addToCur", .bool(true)), ("curDeck", .int(1)), ("newSpread", .int(0)),
            ("dueCounts", .bool(true)),
            ("curModel", .int(Int(AnkiNoteType.basic.id))), ("collapseTime", .int(1200)),
            ("schedVer", .int(2)),
        ])
    }

    private static var models: JSONValue {
        .object(AnkiNoteType.allCases.map { (String($0.id), $0.schema11) })
    }

    private static func decks(name: String, description: String, id: Int64, now: Int64) -> JSONValue {
        func deck(_ id: Int64, _ name: String, _ description: String, modified: Int64) -> JSONValue {
            .object([
                ("id", .int(Int(id))), ("mod", .int(Int(modified))), ("name", .string(name)),
                ("usn", .int(0)),
                ("lrnToday", .array([.int(0), .int(0)])), ("revToday", .array([.int(0), .int(0)])),
                ("newToday", .array([.int(0), .int(0)])), ("timeToday", .array([.int(0), .int(0)])),
                ("collapsed", .bool(false)), ("browserCollapsed", .bool(false)),
                ("desc", .string(description)),
                ("dyn", .int(0)), ("conf", .int(1)), ("extendNew", .int(0)), ("extendRev", .int(0)),
            ])
        }
        return .object([
            ("1", deck(1, "Default", "", modified: 0)),
            (String(id), deck(id, name, description, modified: now)),
        ])
    }

    /// Anki's default deck options (its "Default" preset), which an import leaves as they are.
    private static var options: JSONValue {
        .object([
            (
                "1",
                .object([
                    ("id", .int(1)), ("mod", .int(0)), ("name", .string("Default")), ("usn", .int(0)),
                    ("maxTaken", .int(60)), ("autoplay", .bool(true)), ("timer", .int(0)),
                    ("replayq", .bool(true)),
                    (
                        "new",
                        .object([
                            ("bury", .bool(false)), ("delays", .array([.double(1), .double(10)])),
                            ("initialFactor", .int(2500)), ("ints", .array([.int(1), .int(4), .int(0)])),
                            ("order", .int(1)), ("perDay", .int(20)),
                        ])
                    ),
                    (
                        "rev",
                        .object([
                            ("bury", .bool(false)), ("ease4", .double(1.3)), ("ivlFct", .double(1)),
                            ("maxIvl", .int(36500)), ("perDay", .int(200)), ("hardFactor", .double(1.2)),
                        ])
                    ),
                    (
                        "lapse",
                        .object([
                            ("delays", .array([.double(10)])), ("leechAction", .int(1)),
                            ("leechFails", .int(8)),
                            ("minInt", .int(1)), ("mult", .double(0)),
                        ])
                    ),
                    ("dyn", .bool(false)),
                ])
            )
        ])
    }
}
