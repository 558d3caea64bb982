import Decks
import Foundation
import Testing

@testable import Interchange

@Suite struct MoodleXMLReaderTests {
    let result: ImportResult

    init() throws {
        result = try MoodleXMLReader.read(
            try Data(contentsOf: fixtures.appendingPathComponent("every-construct.xml")), file: "bank.xml")
    }

    private func kind(_ id: String) throws -> Question.Kind {
        try #require(result.questions.first { $0.id == id }).kind
    }

    /// A one-answer question with two answers at 100%: the first is the key, the second left out.
    @Test func aSecondFullyCorrectAnswerIsLeftOutNotMarkedWrong() throws {
        let xml = """
            <quiz><question type="multichoice"><name><text>two</text></name>
            <questiontext format="html"><text>Which needs a referral?</text></questiontext>
            <single>true</single>
            <answer fraction="0"><text>Stiffness after sleep</text></answer>
            <answer fraction="100"><text>Chest pain with sweating</text></answer>
            <answer fraction="100"><text>Sudden severe headache</text></answer>
            </question>
            <question type="multichoice"><name><text>all</text></name>
            <questiontext format="html"><text>Pick one</text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>Yes</text></answer>
            <answer fraction="100"><text>Also yes</text></answer>
            </question></quiz>
            """
        let read = try MoodleXMLReader.read(Data(xml.utf8), file: "two.xml")
        let question = try #require(read.questions.first)
        guard case .multipleChoice(let choices, let correct, false) = question.kind else {
            Issue.record("not one-answer multiple choice")
            return
        }
        #expect(choices.map(\.text) == ["Stiffness after sleep", "Chest pain with sweating"])
        #expect(correct == [1])
        #expect(read.notes[0].reason.contains("'Sudden severe headache' was also fully correct; left out"))
        #expect(read.notes[1].outcome == .skipped)
        #expect(read.notes[1].reason == "every choice is fully correct, so there is nothing to get wrong")
    }

    @Test func listsEveryQuestionWithItsLineAndOutcome() {
        #expect(
            result.notes.map { "\($0.line) \($0.outcome.rawValue) \($0.subject)" } == [
                "7 converted 'upper-trap-zone'", "19 converted 'rotator-cuff'", "28 changed 'ice-first'",
                "35 changed 'match-referrals'", "43 changed 'ischemic-compression'",
                "51 changed 'compression-seconds'",
                "57 skipped 'Tolerance'", "62 changed 'embedded'", "67 changed 'drag-words'",
                "75 changed 'select-words'", "82 converted 'intake-order'", "90 skipped 'Describe'",
                "94 skipped 'Note'", "98 skipped 'Formula'",
            ])
    }

    @Test func htmlAndCDATABecomeTextAndFeedbackIsKept() throws {
        let question = try #require(result.questions.first)
        #expect(question.prompt == "Where does the upper trapezius typically refer pain?")
        #expect(question.explanation == "Up the neck to the temple.")
        #expect(question.tags == ["massage", "referral-patterns", "head-and-neck"])
        #expect(
            question.kind
                == .multipleChoice(
                    choices: [
                        Choice("The temple & the side of the head", feedback: "Its classic pattern."),
                        Choice("The front of the thigh", feedback: "That is the rectus femoris."),
                        Choice("The sole of the foot"),
                    ], correct: [0], multiple: false))
    }

    @Test func everyTypeThatMapsIsConverted() throws {
        guard case .multipleChoice(_, let correct, true) = try kind("rotator-cuff") else {
            Issue.record("not multiple answer")
            return
        }
        #expect(correct == [0, 1])
        #expect(try kind("ice-first") == .trueFalse(answer: true))
        #expect(
            try kind("match-referrals")
                == .matching(pairs: [
                    MatchingPair(left: "Upper trapezius", right: "Temple"),
                    MatchingPair(left: "Levator scapulae", right: "Angle of the neck"),
                ]))
        #expect(
            try kind("ischemic-compression")
                == .shortAnswer(accepted: ["ischemic compression", "ischaemic compression"]))
        #expect(try kind("compression-seconds") == .shortAnswer(accepted: ["90"]))
        #expect(try kind("intake-order") == .ordering(steps: ["Health history", "Consent", "Assessment"]))
    }

    @Test func gapQuestionsBecomeClozeQuestions() throws {
        #expect(
            try kind("embedded")
                == .cloze(text: "The {{c1::upper trapezius}} refers pain to the {{c2::temple}}.", deletion: 0)
        )
        #expect(
            try kind("drag-words")
                == .cloze(text: "The {{c1::scalenes}} can entrap the {{c2::brachial plexus}}.", deletion: 0))
        #expect(try kind("select-words") == .cloze(text: "Ice limits {{c1::swelling}}.", deletion: 0))
    }

    @Test func aFileThatIsNotWellFormedIsALocatedError() throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("malformed.xml"))
        do {
            _ = try MoodleXMLReader.read(data, file: "bad.xml")
            Issue.record("read a malformed file")
        } catch {
            #expect(
                error.description
                    == "bad.xml:5:35: error: not well-formed XML (the end tag </questiontext> does not match "
                    + "<text>, opened on line 5); "
                    + "fix the file, or export it from Moodle again")
        }
        do {
            _ = try MoodleXMLReader.read(Data("<html></html>".utf8), file: "page.xml")
        } catch {
            #expect(error.message.hasPrefix("the root element is <html>, not <quiz>"))
        }
    }

    @Test func bytesThatAreNotUTF8AreRefusedAtTheirPlaceBeforeTheXMLParserSeesThem() {
        // An element name holding bytes that are not UTF-8 made Foundation's XMLParser trap.
        var bytes = Array("<quiz>\n  <question type=\"truefalse\"><feedback".utf8)
        bytes += [0xEF, 0xBF]
        bytes += Array("><text>x</text></feedback></question>\n</quiz>\n".utf8)
        #expect(throws: InterchangeError.self) { try MoodleXMLReader.read(Data(bytes), file: "bad.xml") }
        do {
            _ = try MoodleXMLReader.read(Data(bytes), file: "bad.xml")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("not UTF-8"))
        }
    }
}
