import Testing
import TextFormats

@testable import Decks

@Suite struct QuestionCueCheckTests {
    @Test func aKeyTwiceTheDistractorsMeanLengthIsWarnedAtTheAnswer() {
        let deck = lintDeck(
            [
                choiceQuestion(
                    "long-key", "Where does the upper trapezius refer?",
                    choices: [
                        "Up the neck, behind the ear to the temple", "The sole", "The knee", "The hip",
                    ],
                    answer: 0)
            ])
        let found = decode(deck).diagnostics.filter { $0.field == "answer" }
        #expect(
            found == [
                warning(
                    "deck.json", 5, 238,
                    "question 'long-key', field 'answer': the key (choice 0, 41 characters) is 5.3 times the "
                        + "distractors' mean length (7.7 characters); students learn to pick the longest choice: "
                        + "shorten the key or give the distractors the same detail",
                    question: "long-key", field: "answer")
            ])
    }

    @Test func aKeyOfTheDistractorsLengthIsNotWarned() {
        let deck = lintDeck(
            [
                choiceQuestion(
                    "even", "Where does the upper trapezius refer?",
                    choices: ["The temple", "The sole", "The knee", "The hip"], answer: 0)
            ])
        #expect(warnings(deck).isEmpty)
    }

    @Test func allOrNoneOfTheAboveIsWarnedAtTheChoice() {
        let deck = lintDeck(
            [
                choiceQuestion(
                    "above", "Which are red flags?",
                    choices: ["Fever", "Night pain", "Weight loss", "All of the above"],
                    answer: 3)
            ])
        let found = decode(deck).diagnostics.filter { $0.field == "choices[3]" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(
            found.first?.message.contains("\"All of the above\" is a choice students learn to pick") == true)
        #expect(
            warnings(
                lintDeck([
                    choiceQuestion("q", "Which?", choices: ["Above the knee", "Below the knee"], answer: 0)
                ])
            ).isEmpty)
    }

    @Test func aDistractorWithoutFeedbackIsWarnedButTheKeyNeedsNone() {
        let deck = lintDeck(
            [
                """
                    { "id": "bare", "type": "multiple-choice", "prompt": "Which?",
                      "choices": ["Right", { "text": "Wrong", "feedback": "Why." }, "Also wrong"], "answer": 0,
                      "explanation": "Because.", "lesson": "safety" }
                """
            ])
        let found = decode(deck).diagnostics
        #expect(
            found == [
                warning(
                    "deck.json", 5, 69,
                    "question 'bare', field 'choices[2]': this distractor has no feedback; write {\"text\": …, "
                        + "\"feedback\": …} saying why it is wrong",
                    question: "bare", field: "choices[2]")
            ])
    }
}
