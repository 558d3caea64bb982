import Decks
import Testing

@testable import Interchange

@Suite struct GIFTReaderTests {
    let result: ImportResult

    init() throws {
        result = try GIFTReader.read(try fixtureText("every-construct.gift"), file: "bank.gift")
    }

    private func question(_ id: String) throws -> ImportedQuestion {
        try #require(result.questions.first { $0.id == id })
    }

    @Test func listsEveryQuestionWithItsLineAndOutcome() {
        #expect(
            result.notes.map { "\($0.line) \($0.outcome.rawValue) \($0.subject)" } == [
                "4 converted 'upper-trap-zone'", "11 changed 'rotator-cuff'", "18 changed 'ice-first'",
                "20 converted 'heat-always'", "22 changed 'match-referrals'",
                "30 converted 'ischemic-compression'",
                "32 changed 'compression-seconds'", "34 skipped 'Tolerance'", "36 changed 'missing-word'",
                "38 changed 'missing-choice'", "41 converted 'escapes'", "45 skipped 'Describe'",
                "47 skipped 'Note'", "49 changed 'q-5c37a23fecab15d9'",
            ])
    }

    @Test func multipleChoiceKeepsEachChoicesFeedbackAndTheGeneralFeedback() throws {
        let question = try question("upper-trap-zone")
        #expect(question.prompt == "Where does the upper trapezius typically refer pain?")
        guard case .multipleChoice(let choices, let correct, let multiple) = question.kind else {
            Issue.record("not multiple choice")
            return
        }
        #expect(correct == [0] && !multiple)
        #expect(choices[1] == Choice("The front of the thigh", feedback: "That is the rectus femoris."))
        #expect(question.explanation == "The upper trapezius refers up the neck to the temple.")
        #expect(question.tags == ["massage", "referral-patterns"])
    }

    @Test func weightsMakeAMultipleAnswerQuestionAndHTMLBecomesText() throws {
        let question = try question("rotator-cuff")
        #expect(question.prompt == "Which of these are rotator cuff muscles?")
        #expect(question.explanation == "SITS: supraspinatus, infraspinatus, teres minor, subscapularis.")
        guard case .multipleChoice(_, let correct, let multiple) = question.kind else {
            Issue.record("not multiple choice")
            return
        }
        #expect(correct == [0, 1] && multiple)
    }

    @Test func trueFalseCarriesBothFeedbacksIntoTheExplanation() throws {
        let question = try question("ice-first")
        #expect(question.kind == .trueFalse(answer: true))
        #expect(question.explanation == "Heat would increase swelling. Right: cold limits swelling.")
        #expect(try self.question("heat-always").kind == .trueFalse(answer: false))
    }

    @Test func matchingLeavesOutAnswersWithNoQuestion() throws {
        guard case .matching(let pairs) = try question("match-referrals").kind else {
            Issue.record("not matching")
            return
        }
        #expect(pairs.map(\.left) == ["Upper trapezius", "Levator scapulae", "Infraspinatus"])
        #expect(pairs[0].right == "Temple")
    }

    @Test func shortAnswerAndExactNumbersAreTyped() throws {
        #expect(
            try question("ischemic-compression").kind
                == .shortAnswer(accepted: ["ischemic compression", "ischaemic compression"]))
        #expect(try question("compression-seconds").kind == .shortAnswer(accepted: ["90"]))
        #expect(result.notes[7].reason.contains("tolerance (620:20)"))
    }

    @Test func missingWordQuestionsBecomeClozeQuestions() throws {
        let word = try question("missing-word")
        #expect(
            word.kind == .cloze(text: "The {{c1::scalenes}} can entrap the brachial plexus.", deletion: 0))
        #expect(word.prompt.isEmpty)
        #expect(word.explanation == "Thoracic outlet syndrome.")
        #expect(result.notes[8].reason.contains("only its first accepted answer, 'scalenes', is kept"))
        #expect(
            try question("missing-choice").kind
                == .cloze(
                    text: "The sternocleidomastoid refers pain to the {{c1::head}} in most clients.",
                    deletion: 0))
    }

    @Test func escapesAreRestoredInEveryPart() throws {
        let question = try question("escapes")
        #expect(question.prompt == "Which ratio is written 1:2 {one to two}?")
        #expect(
            question.kind
                == .multipleChoice(
                    choices: [Choice("1:2 = half", feedback: "Right # indeed"), Choice("2:1")], correct: [0],
                    multiple: false))
        #expect(question.explanation == "A~B")
    }

    @Test func essaysAndDescriptionsAreSkippedSayingWhy() {
        #expect(result.notes[11].reason.hasPrefix("an essay"))
        #expect(result.notes[12].reason.hasPrefix("a description"))
    }

    @Test func anUntitledQuestionIsNamedByAHashOfItsTextTheSameEachTime() throws {
        let again = try GIFTReader.read(try fixtureText("every-construct.gift"), file: "bank.gift")
        #expect(again.questions.map(\.id) == result.questions.map(\.id))
        #expect(result.questions.last?.id == "q-5c37a23fecab15d9")
        #expect(result.questions.last?.tags == ["intake"])
    }

    /// Moodle takes either of two fully correct answers to a one-answer question; a deck has one
    /// key, so the second is left out (kept as a choice, it was marked wrong when picked).
    @Test func aSecondFullyCorrectAnswerIsLeftOutNotMarkedWrong() throws {
        let read = try GIFTReader.read(
            "::Red flag::Which needs a referral?{=Chest pain with sweating ~Stiffness after sleep "
                + "=Sudden severe headache ~Tired legs}\n\n::All right::Pick one{=Yes =Also yes}\n",
            file: "x.gift")
        let question = try #require(read.questions.first)
        guard case .multipleChoice(let choices, let correct, let multiple) = question.kind else {
            Issue.record("not multiple choice")
            return
        }
        #expect(choices.map(\.text) == ["Chest pain with sweating", "Stiffness after sleep", "Tired legs"])
        #expect(correct == [0] && !multiple)
        #expect(question.explanation == "The answer: Chest pain with sweating.")
        #expect(read.notes[0].reason.contains("'Sudden severe headache' was also fully correct; left out"))
    }

    /// The first category's last part is the deck's title on import (an exported deck's title
    /// went there; it came back as the file's name).
    @Test func theFirstCategoryNamesTheDeck() throws {
        #expect(result.category == "Referral patterns")
        #expect(GIFTReader.title(ofCategory: "$course$/top/Default for Course") == nil)
        #expect(GIFTReader.title(ofCategory: "$module$/top/Massage/ Neck ") == "Neck")
    }

    @Test func aRepeatedTitleGetsANumber() throws {
        let read = try GIFTReader.read("::Same::A?{T}\n\n::Same::B?{F}\n", file: "x.gift")
        #expect(read.questions.map(\.id) == ["same", "same-2"])
        #expect(
            read.notes[1].reason.contains("the id 'same' was taken by an earlier question, so it is 'same-2'")
        )
    }

    @Test func unbalancedBracesAreALocatedErrorAndNothingIsKept() throws {
        let text = try fixtureText("unbalanced.gift")
        #expect(throws: InterchangeError.self) { try GIFTReader.read(text, file: "bad.gift") }
        do {
            _ = try GIFTReader.read(text, file: "bad.gift")
        } catch {
            #expect(
                error.description
                    == "bad.gift:4:23: error: unbalanced braces in 'Where does the\\nupper trapezius refer {=the temple ~the foot': "
                    + "this '{' is never closed; end the answers with '}' (write \\{ for a literal brace)")
        }
        do {
            _ = try GIFTReader.read("Q?{=a} and {=b}", file: "two.gift")
        } catch {
            #expect(error.line == 1 && error.column == 12)
            #expect(error.message.contains("one answer block"))
        }
    }
}
