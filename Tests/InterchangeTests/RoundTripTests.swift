import Content
import Decks
import Foundation
import Testing

@testable import Interchange

/// Every bundled deck exported to GIFT and to Moodle XML and imported back gives the same
/// questions: ids, types, texts, answers, choice feedback and explanations. (Misconception ids
/// have no place in either format; what a format cannot hold is left out with a note, and the
/// notes are checked too.)
@Suite struct RoundTripTests {
    static let library = ContentLibrary.load(root: packageRoot, displayBase: packageRoot)

    static func comparable(_ question: ImportedQuestion) -> ImportedQuestion {
        var question = question
        question.tags = []
        question.line = 0
        if case .multipleChoice(let choices, let correct, let multiple) = question.kind {
            question.kind = .multipleChoice(
                choices: choices.map { Choice($0.text, feedback: $0.feedback) }, correct: correct,
                multiple: multiple)
        }
        return question
    }

    private func expectRoundTrip(
        _ deck: Deck, written: (text: String, notes: [ImportNote]), read: ImportResult
    ) {
        let kept = Set(written.notes.filter { $0.outcome == .converted }.map(\.subject))
        let original = AuthoredQuestions.of(deck).filter { kept.contains("'\($0.id)'") }.map(Self.comparable)
        #expect(!original.isEmpty)
        #expect(read.questions.map(Self.comparable) == original, "\(deck.id)")
        #expect(read.notes.allSatisfy { $0.outcome != .skipped }, "\(deck.id)")
    }

    @Test func everyBundledDeckSurvivesGIFT() throws {
        #expect(Self.library.decks.count >= 5)
        for deck in Self.library.decks {
            let written = GIFTWriter.write(deck)
            let read = try GIFTReader.read(written.text, file: "\(deck.id).gift")
            expectRoundTrip(deck, written: written, read: read)
            for note in written.notes where note.outcome == .skipped {
                #expect(
                    [
                        "GIFT has no ordering question", "a self-graded flashcard",
                        "GIFT's missing-word form",
                        "a region question",
                    ]
                    .contains {
                        note.reason.hasPrefix($0)
                    }, "\(note)")
            }
        }
    }

    @Test func everyBundledDeckSurvivesMoodleXML() throws {
        for deck in Self.library.decks {
            let written = MoodleXMLWriter.write(deck)
            let read = try MoodleXMLReader.read(Data(written.text.utf8), file: "\(deck.id).xml")
            expectRoundTrip(deck, written: written, read: read)
            #expect(
                written.notes.filter { $0.outcome == .skipped }.allSatisfy {
                    $0.reason.contains("flashcard") || $0.reason.hasPrefix("a region question")
                }
            )
        }
    }

    @Test func clozeQuestionsSurviveBothFormats() throws {
        let text = """
            { "format": 1, "id": "c", "title": "Cloze", "questions": [
              { "id": "one", "type": "cloze", "text": "The {{c1::scalenes}} can entrap the brachial plexus.",
                "explanation": "Thoracic outlet." },
              { "id": "two", "type": "cloze",
                "text": "The {{c1::upper trapezius}} refers pain to the {{c2::temple}} & <side>.",
                "explanation": "Its pattern." }
            ] }
            """
        let deck = try #require(DeckDecoder.decode(Array(text.utf8), file: "c.json").deck)
        let xml = MoodleXMLWriter.write(deck)
        let fromXML = try MoodleXMLReader.read(Data(xml.text.utf8), file: "c.xml")
        #expect(fromXML.questions.map(Self.comparable) == AuthoredQuestions.of(deck).map(Self.comparable))
        let gift = GIFTWriter.write(deck)
        #expect(gift.notes.map(\.outcome) == [.converted, .skipped])
        let fromGIFT = try GIFTReader.read(gift.text, file: "c.gift")
        #expect(fromGIFT.questions.map(Self.comparable) == [Self.comparable(AuthoredQuestions.of(deck)[0])])
    }
}
