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

    /// Compares question by question, so a failure names the question and what differs.
    private func expectRoundTrip(
        _ deck: Deck, written: (text: String, notes: [ImportNote]), read: ImportResult
    ) {
        let kept = Set(written.notes.filter { $0.outcome == .converted }.map(\.subject))
        let original = AuthoredQuestions.of(deck).filter { kept.contains("'\($0.id)'") }.map(Self.comparable)
        #expect(!original.isEmpty)
        #expect(read.questions.map(\.id) == original.map(\.id), "\(deck.id)")
        for (back, authored) in zip(read.questions.map(Self.comparable), original) where back != authored {
            Issue.record("\(deck.id): '\(authored.id)' came back as \(back), was \(authored)")
        }
        #expect(read.notes.allSatisfy { $0.outcome != .skipped }, "\(deck.id)")
    }

    @Test func everyBundledDeckSurvivesGIFT() throws {
        #expect(Self.library.decks.count >= 5)
        for deck in Self.library.decks {
            let written = GIFTWriter.write(deck)
            let read = try GIFTReader.read(written.text, file: "\(deck.id).gift")
            expectRoundTrip(deck, written: written, read: read)
            #expect(read.category == deck.title, "\(deck.id)")
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
            // A cloze question goes to GIFT exactly when it is one blank without a hint, in the text.
            let skipped = Set(written.notes.filter { $0.outcome == .skipped }.map(\.subject))
            for question in AuthoredQuestions.of(deck) {
                guard case .cloze(let text, _) = question.kind else { continue }
                #expect(skipped.contains("'\(question.id)'") == !Self.fitsGIFT(text), "\(question.id)")
            }
        }
    }

    /// One deletion, no hint, with text after it (a blank at the end reads as a short answer).
    static func fitsGIFT(_ text: String) -> Bool {
        guard let cloze = try? ClozeText(parsing: text) else { return false }
        let deletions = cloze.segments.compactMap { segment -> String?? in
            if case .deletion(_, _, let hint) = segment { hint } else { nil }
        }
        guard deletions.count == 1, case .some(.none) = deletions.first, case .text = cloze.segments.last
        else { return false }
        return true
    }

    /// The bundled course has cloze questions GIFT carries and cloze questions it leaves out.
    @Test func theBundledCourseHasClozeOnBothSidesOfGIFTsLimit() {
        let texts = Self.library.decks.flatMap(AuthoredQuestions.of).compactMap { question -> String? in
            if case .cloze(let text, _) = question.kind { text } else { nil }
        }
        #expect(texts.contains(where: Self.fitsGIFT))
        #expect(texts.contains { !Self.fitsGIFT($0) })
    }

    @Test func everyBundledDeckSurvivesMoodleXML() throws {
        for deck in Self.library.decks {
            let written = MoodleXMLWriter.write(deck)
            let read = try MoodleXMLReader.read(Data(written.text.utf8), file: "\(deck.id).xml")
            expectRoundTrip(deck, written: written, read: read)
            #expect(read.category == deck.title, "\(deck.id)")
            // Tags come back too (the category adds its own).
            let authored = Dictionary(
                uniqueKeysWithValues: AuthoredQuestions.of(deck).map { ($0.id, $0.tags) })
            for question in read.questions {
                let expected = try #require(authored[question.id])
                #expect(Set(expected).isSubset(of: question.tags), "\(question.id)")
            }
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
                "explanation": "Its pattern." },
              { "id": "three", "type": "cloze",
                "text": "{{c2::Soleus::a calf <muscle> (deep)}} refers to the {{c1::heel}}, the {{c2::gastrocnemius}} to the {{c3::instep::part of the foot}}",
                "explanation": "Hints, a number used twice and out of order." }
            ] }
            """
        let deck = try #require(DeckDecoder.decode(Array(text.utf8), file: "c.json").deck)
        let xml = MoodleXMLWriter.write(deck)
        let fromXML = try MoodleXMLReader.read(Data(xml.text.utf8), file: "c.xml")
        #expect(fromXML.questions.map(Self.comparable) == AuthoredQuestions.of(deck).map(Self.comparable))
        let gift = GIFTWriter.write(deck)
        #expect(gift.notes.map(\.outcome) == [.converted, .skipped, .skipped])
        let fromGIFT = try GIFTReader.read(gift.text, file: "c.gift")
        #expect(fromGIFT.questions.map(Self.comparable) == [Self.comparable(AuthoredQuestions.of(deck)[0])])
    }
}
