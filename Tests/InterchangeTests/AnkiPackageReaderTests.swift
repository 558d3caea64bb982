import Decks
import Foundation
import Testing

@testable import Interchange

/// Packages made by the real Anki library (Fixtures/anki/make_fixtures.py): every note type
/// mapped, ids stable, media named, history read, bad packages refused with a place.
@Suite struct AnkiPackageReaderTests {
    private func read(_ name: String, sizeLimit: Int = ZipArchiveReader.defaultSizeLimit) throws
        -> AnkiPackage
    {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("anki/\(name)")))
        return try AnkiPackageReader.read(bytes, file: name, sizeLimit: sizeLimit)
    }

    private func refusal(_ name: String, sizeLimit: Int = ZipArchiveReader.defaultSizeLimit) throws
        -> InterchangeError
    {
        do {
            _ = try read(name, sizeLimit: sizeLimit)
        } catch let error as InterchangeError {
            return error
        }
        Issue.record("\(name) was read")
        return InterchangeError(file: name, line: 0, message: "")
    }

    @Test func everyNoteTypeOfTheCurrentFormatBecomesTheRightQuestion() throws {
        let package = try read("current.apkg")
        let questions = package.result.questions
        #expect(questions.count == 6)
        let basic = try #require(questions.first { $0.prompt == "Which muscle elevates the scapula?" })
        #expect(basic.kind == .flashcard(back: "Upper trapezius & levator scapulae"))
        #expect(basic.tags == ["anatomy", "muscles", "shoulder"])
        let reversed = questions.filter {
            $0.prompt == "Origin of the deltoid" || $0.kind == .flashcard(back: "Origin of the deltoid")
        }
        #expect(reversed.count == 2)
        #expect(reversed.map(\.id) == [reversed[0].id, reversed[0].id + "-card2"])
        #expect(reversed[1].prompt == "Lateral clavicle, acromion and spine of scapula")
        let typed = try #require(questions.first { $0.prompt.hasPrefix("Effleurage") })
        #expect(typed.kind == .shortAnswer(accepted: ["petrissage"]))
        #expect(typed.tags == ["massage-basics", "strokes"])
        let cloze = try #require(questions.first { if case .cloze = $0.kind { true } else { false } })
        #expect(
            cloze.kind
                == .cloze(
                    text: "The {{c1::upper trapezius}} refers pain to the {{c2::temple::region}}.",
                    deletion: 0))
        #expect(cloze.explanation == "See the chart.")
        #expect(cloze.tags == ["anatomy", "referral-patterns", "referral", "trigger-points"])
        let custom = try #require(questions.first { $0.prompt == "Where does the Biceps brachii attach?" })
        #expect(custom.kind == .flashcard(back: "Supraglenoid tubercle; coracoid process; Radial tuberosity"))
        #expect(questions.allSatisfy { $0.id.hasPrefix("anki-") && !$0.explanation.isEmpty })
    }

    @Test func theReportNamesFieldsMediaAndWhatWasSkipped() throws {
        let notes = try read("current.apkg").result.notes.map(\.description)
        #expect(notes.count == 6)
        #expect(notes.allSatisfy { $0.hasPrefix("current.apkg: note 1") })
        #expect(
            notes.contains {
                $0.contains("changed")
                    && $0.contains("prompt from 'Front', back from 'Back'; left out 'trapezius.mp3' (media)")
            })
        #expect(
            notes.contains { $0.contains("cloze from field 'Text'; left out 'trap-referral.png' (media)") })
        #expect(notes.contains { $0.contains("short answer, prompt from 'Front', typed answer 'Back'") })
        #expect(
            notes.contains {
                $0.contains("note type 'Muscle profile'")
                    && $0.contains("prompt from 'Muscle', back from 'Origin', 'Insertion'")
            })
        #expect(
            notes.contains {
                $0.contains("skipped") && $0.contains("no usable field") && $0.contains("'Picture only'")
                    && $0.contains("'posture.jpg'")
            })
    }

    @Test func legacyPackagesAndCollectionPackagesGiveTheSameQuestions() throws {
        let current = try read("current.apkg").result.questions
        #expect(try read("legacy.apkg").result.questions == current)
        #expect(try read("anki2.apkg").result.questions == current)
        #expect(try read("current.colpkg").result.questions == current)
    }

    @Test func theSamePackageTwiceGivesTheSameIDs() throws {
        #expect(
            try read("current.apkg").result.questions.map(\.id)
                == read("current.apkg").result.questions.map(\.id))
        #expect(AnkiNoteConverter.baseID(guid: "pJYD8.w#<d") == "anki-704a5944382e77233c64")
        // A deck Palpate exported keeps its question ids as GUIDs: they come back as they were.
        #expect(AnkiNoteConverter.baseID(guid: "upper-trap-zone") == "upper-trap-zone")
    }

    @Test func historyKeepsAnswersOfImportedCardsOnly() throws {
        let package = try read("current.apkg")
        #expect(package.entriesNotAnswers == 2)
        #expect(package.history.count == 26)
        #expect(package.answersOfCardsLeftOut == 2)
        let ids = Set(package.result.questions.map(\.id))
        #expect(
            package.history.allSatisfy { review in
                ids.contains(review.cardID)
                    || ClozeText.split(cardID: review.cardID).map { ids.contains($0.question) } == true
            })
        // The backdated history starts 2026-01-05T09:00Z, in milliseconds as Anki keeps it.
        #expect(package.history.map(\.reviewedAt.microsecondsSince1970).min() == 1_767_603_600_000_000)
        #expect(package.history.contains { $0.durationMilliseconds == 4_000 })
    }

    @Test func aCollectionThatIsNotSQLiteIsRefused() throws {
        let error = try refusal("not-sqlite.apkg")
        #expect(
            error.description
                == "not-sqlite.apkg (entry 'collection.anki21'): error: the collection is not an SQLite database; export the package again from Anki"
        )
    }

    @Test func aZipBombIsRefusedPastTheLimit() throws {
        let bomb = try refusal("bomb.apkg", sizeLimit: 8 << 20)
        #expect(
            bomb.description.hasPrefix(
                "bomb.apkg (entry 'collection.anki21'): error: it would take 16777216 bytes, past the limit of 8388608 bytes (8 MiB)"
            ))
        let lying = try refusal("lying.apkg")
        #expect(lying.description.contains("entry 'collection.anki21', byte "))
        #expect(lying.description.contains("it inflates past the 1000 bytes its header states (a zip bomb?)"))
    }

    @Test func aTruncatedOrDamagedPackageIsRefusedWithItsPlace() throws {
        let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent("anki/legacy.apkg")))
        for cut in [10, bytes.count / 2, bytes.count - 30] {
            #expect(throws: InterchangeError.self) {
                try AnkiPackageReader.read(Array(bytes.prefix(cut)), file: "cut.apkg")
            }
        }
        do {
            _ = try AnkiPackageReader.read(Array(bytes.prefix(bytes.count / 2)), file: "cut.apkg")
        } catch {
            #expect(
                error.description
                    == "cut.apkg: error: it is not a zip file, or it is cut short: its end record is missing")
        }
        var damaged = bytes
        // A byte inside the deflated collection: its CRC-32 (or the deflate stream) catches it.
        damaged[200] ^= 0xFF
        do {
            _ = try AnkiPackageReader.read(damaged, file: "damaged.apkg")
            Issue.record("a damaged package was read")
        } catch {
            #expect(error.description.hasPrefix("damaged.apkg (entry 'collection.anki21', byte "))
        }
        let text = Array("just text, not a package".utf8)
        #expect(throws: InterchangeError.self) { try AnkiPackageReader.read(text, file: "text.apkg") }
    }
}
