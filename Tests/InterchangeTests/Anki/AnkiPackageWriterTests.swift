import Decks
import Foundation
import Progress
import Testing

@testable import Interchange

/// The package is opened the way Anki opens it: the zip, then the SQLite collection inside, its
/// `col` row, notes and cards. (That the real Anki imports it is checked by
/// Fixtures/anki-export/check_export.py, which needs Python and is not part of `swift test`.)
@Suite final class AnkiPackageWriterTests {
    /// 2026-03-01T08:00:00Z.
    let now = Date(timeIntervalSince1970: 1_772_352_000)
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "palpate-apkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let deckText = """
        { "format": 1, "id": "anki-test", "title": "Referral <patterns> & more", "description": "For <Anki>.",
          "tags": ["course"],
          "questions": [
          { "id": "mc", "type": "multiple-choice", "prompt": "Which muscle refers to the <temple>?",
            "choices": ["Soleus", { "text": "Upper trapezius", "feedback": "Its question mark." }, "Iliopsoas"],
            "answer": 1, "explanation": "The upper trapezius & the temple.", "lesson": "referral-patterns#upper-trapezius",
            "tags": ["head-neck"] },
          { "id": "many", "type": "multiple-choice", "prompt": "Which refer to the temple?",
            "choices": ["Temporalis", "Soleus", "Upper trapezius"], "answer": [0, 2], "multiple": true,
            "explanation": "Both do." },
          { "id": "tf", "type": "true-false", "prompt": "Referral zones follow dermatomes.", "answer": false,
            "explanation": "They do not." },
          { "id": "match", "type": "matching", "prompt": "Match.",
            "pairs": [{ "left": "Soleus", "right": "Heel" }, { "left": "Temporalis", "right": "Teeth" }],
            "explanation": "Patterns." },
          { "id": "order", "type": "ordering", "prompt": "Order.", "steps": ["Ask", "Palpate", "Treat"],
            "explanation": "Steps." },
          { "id": "short", "type": "short-answer", "prompt": "The stippled zone?", "accept": ["spillover", "spillover zone"],
            "explanation": "Spillover." },
          { "id": "card", "type": "flashcard", "prompt": "Essential zone", "back": "Felt by nearly everyone",
            "explanation": "Solid on the chart." },
          { "id": "cloze", "type": "cloze",
            "text": "The {{c1::upper trapezius::muscle}} refers to the {{c2::temple}} & {{c1::ear}}.",
            "explanation": "Its question mark." },
          { "id": "where", "type": "region", "prompt": "Where does the soleus refer?", "views": ["back"],
            "muscle": "soleus", "answer": ["heel", "upper-calf"], "spillover": ["sacroiliac"],
            "explanation": "The heel above all." }
        ] }
        """

    private func deck() throws -> Deck {
        try #require(DeckDecoder.decode(Array(Self.deckText.utf8), file: "anki-test.json").deck)
    }

    /// The collection inside the package, written to a file and opened read-only.
    private func collection(_ bytes: [UInt8]) throws -> Database {
        let zip = try TestZipReader(bytes)
        #expect(zip.entries.map(\.name) == ["collection.anki2", "media"])
        #expect(zip.contents(of: "media") == Array("{}".utf8))
        let path = folder.appendingPathComponent("collection-\(UUID().uuidString).anki2").path
        try Data(try #require(zip.contents(of: "collection.anki2"))).write(to: URL(fileURLWithPath: path))
        return try Database(path: path, mode: .readOnly)
    }

    private struct NoteRow: Equatable {
        var id: Int64
        var guid: String
        var model: Int64
        var modified: Int64
        var tags: String
        var fields: [String]
        var sortField: String
        var checksum: Int64
    }

    private func notes(_ database: Database) throws -> [String: NoteRow] {
        let rows = try database.query("SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes") {
            NoteRow(
                id: $0.int64(0), guid: $0.text(1), model: $0.int64(2), modified: $0.int64(3),
                tags: $0.text(4),
                fields: $0.text(5).split(separator: "\u{1f}", omittingEmptySubsequences: false).map(
                    String.init),
                sortField: $0.text(6), checksum: $0.int64(7))
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.guid, $0) })
    }

    @Test func eachQuestionIsOneNoteWithItsIDAsGUID() throws {
        let (bytes, report) = try AnkiPackageWriter.write(
            try deck(), now: now, temporaryFolder: folder, processID: 1)
        let database = try collection(bytes)
        let notes = try notes(database)
        #expect(Set(notes.keys) == ["mc", "many", "tf", "match", "order", "short", "card", "cloze", "where"])
        #expect(notes.values.allSatisfy { $0.modified == 1_772_352_000 })
        #expect(notes.values.filter { $0.model == AnkiNoteType.cloze.id }.map(\.guid) == ["cloze"])
        #expect(notes.values.filter { $0.model == AnkiNoteType.basic.id }.count == 8)

        let choice = try #require(notes["mc"])
        #expect(
            choice.fields == [
                "Which muscle refers to the &lt;temple&gt;?<br><br>A. Soleus<br>B. Upper trapezius<br>C. Iliopsoas",
                "B. Upper trapezius", "The upper trapezius &amp; the temple.",
                "Read more: palpate read referral-patterns#upper-trapezius",
            ])
        #expect(choice.tags == " head-neck course ")
        // Tags removed as Anki removes them (a <br> leaves nothing), entities decoded.
        #expect(
            choice.sortField == "Which muscle refers to the <temple>?A. SoleusB. Upper trapeziusC. Iliopsoas")
        #expect(choice.checksum == AnkiChecksum.checksum(choice.sortField))
        // No lesson: the lesson field stays empty, so the card's back shows no reading.
        #expect(notes["many"]?.fields[3] == "")
        #expect(
            notes["many"]?.fields[0].hasSuffix(
                "(Choose all that apply.)<br><br>A. Temporalis<br>B. Soleus<br>C. Upper trapezius") == true)
        #expect(notes["many"]?.fields[1] == "A. Temporalis<br>C. Upper trapezius")
        #expect(
            notes["tf"]?.fields[0...1] == [
                "Referral zones follow dermatomes.<br><br>True or false?", "False",
            ])
        #expect(
            notes["match"]?.fields[0...1] == [
                "Match.<br><br>Soleus<br>Temporalis", "Soleus → Heel<br>Temporalis → Teeth",
            ])
        #expect(notes["order"]?.fields[1] == "1. Ask<br>2. Palpate<br>3. Treat")
        #expect(notes["short"]?.fields[1] == "spillover<br>(also accepted: spillover zone)")
        #expect(notes["card"]?.fields[0...1] == ["Essential zone", "Felt by nearly everyone"])
        #expect(
            notes["cloze"]?.fields == [
                "The {{c1::upper trapezius::muscle}} refers to the {{c2::temple}} &amp; {{c1::ear}}.",
                "Its question mark.", "",
            ])

        // A region question: Anki cannot show the body map, so the regions are named in words.
        #expect(
            notes["where"]?.fields[0...1] == [
                "Where does the soleus refer?<br><br>Name the regions (right side).",
                "heel, upper calf<br>Spillover (neither required nor wrong): sacroiliac",
            ])

        // Cards: one per basic note, one per deletion number of the cloze note, all new, in the deck.
        let deckID = AnkiCollectionWriter.deckID("anki-test")
        let cards = try database.query("SELECT nid, ord, did, type, queue FROM cards ORDER BY due, ord") {
            [$0.int64(0), $0.int64(1), $0.int64(2), $0.int64(3), $0.int64(4)]
        }
        #expect(cards.count == 10)
        #expect(cards.allSatisfy { $0[2] == deckID && $0[3] == 0 && $0[4] == 0 })
        let clozeID = try #require(notes["cloze"]?.id)
        #expect(cards.filter { $0[0] == clozeID }.map { $0[1] } == [0, 1])

        // What the export says: matching and ordering changed, with why; nothing left out.
        #expect(report.filter { $0.outcome == .changed }.map(\.subject) == ["'match'", "'order'", "'where'"])
        #expect(
            report.first { $0.subject == "'order'" }?.reason.hasPrefix("Anki has no ordering card") == true)
        #expect(!report.contains { $0.outcome == .skipped })
    }

    @Test func theCollectionIsSchema11WithTheDeckAndBothNoteTypes() throws {
        let (bytes, _) = try AnkiPackageWriter.write(
            try deck(), now: now, temporaryFolder: folder, processID: 2)
        let database = try collection(bytes)
        let row = try #require(
            try database.query("SELECT ver, models, decks FROM col") { ($0.int(0), $0.text(1), $0.text(2)) }
                .first)
        #expect(row.0 == 11)
        let models = try #require(
            try JSONSerialization.jsonObject(with: Data(row.1.utf8)) as? [String: [String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: models.values.map { ($0["name"] as? String ?? "", $0) })
        #expect(Set(byName.keys) == ["Palpate Basic", "Palpate Cloze"])
        #expect(byName["Palpate Cloze"]?["type"] as? Int == 1)
        #expect(byName["Palpate Basic"]?["id"] as? Int == Int(AnkiNoteType.basic.id))
        let clozeFields = (byName["Palpate Cloze"]?["flds"] as? [[String: Any]])?.compactMap {
            $0["name"] as? String
        }
        #expect(clozeFields == ["Text", "Explanation", "Lesson"])
        let decks = try #require(
            try JSONSerialization.jsonObject(with: Data(row.2.utf8)) as? [String: [String: Any]])
        let named = decks[String(AnkiCollectionWriter.deckID("anki-test"))]
        #expect(named?["name"] as? String == "Referral <patterns> & more")
        #expect(named?["desc"] as? String == "For &lt;Anki&gt;.")
        // The temporary collection is gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".palpate-apkg")
        }
        #expect(left.isEmpty)
    }

    /// A later export of an updated deck keeps every note's and card's id and carries a later
    /// time: that is what lets Anki update its notes instead of adding copies.
    @Test func aLaterExportKeepsTheIDsAndIsNewer() throws {
        let first = try notes(
            try collection(
                try AnkiPackageWriter.write(try deck(), now: now, temporaryFolder: folder, processID: 3).bytes
            ))
        var changed = try deck()
        changed.questions.removeFirst()
        let later = try notes(
            try collection(
                try AnkiPackageWriter.write(
                    changed, now: now.addingTimeInterval(86_400), temporaryFolder: folder, processID: 3
                )
                .bytes))
        #expect(later.count == first.count - 1)
        for (guid, note) in later {
            #expect(note.id == first[guid]?.id)
            #expect(note.modified == 1_772_352_000 + 86_400)
        }
    }

    @Test func aTemporaryFolderThatCannotBeWrittenIsNamed() throws {
        let missing = folder.appendingPathComponent("missing")
        let failure = #expect(throws: AnkiPackageWriter.Failure.self) {
            try AnkiPackageWriter.write(try deck(), now: now, temporaryFolder: missing, processID: 4)
        }
        #expect(failure?.description.contains(missing.path) == true)
        #expect(failure?.description.hasSuffix("set TMPDIR to a folder you can write") == true)
    }

    /// Anki would read `::` in a name as a sub-deck.
    @Test func aTitleNeverMakesASubDeck() {
        #expect(AnkiPackageWriter.ankiDeckName("Referral :: head::::neck ") == "Referral : head:neck")
        #expect(AnkiPackageWriter.ankiDeckName("Foundations: types") == "Foundations: types")
    }
}
