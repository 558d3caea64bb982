import Curriculum
import Decks
import Testing

@testable import PalpateCLI

@Suite struct QuestionRendererTests {
    private let question = Question(
        id: "soreness",
        kind: .multipleChoice(
            choices: [
                Choice("Microtrauma and inflammation", feedback: "Right."),
                Choice(
                    "Lactic acid left in the muscle", feedback: "Lactate clears within an hour.",
                    misconception: "lactic-acid-soreness"),
            ], correct: [0], multiple: false),
        prompt: "What causes soreness the day after deep work?", explanation: "Because.",
        lesson: LessonLink(lessonID: "safety", anchor: nil))
    private let misconceptions = [
        Misconception(id: "lactic-acid-soreness", text: "Soreness after massage is lactic acid.")
    ]

    @Test func pickingADistractorThatStandsForAMisconceptionNamesIt() {
        let renderer = QuestionRenderer(width: 80, style: TerminalStyle(enabled: false))
        let lines = renderer.feedback(
            question, presentation: .identity(count: 2), response: .choices([1]), correct: false,
            misconceptions: misconceptions)
        #expect(
            Array(lines.prefix(3)) == [
                "✗ Not quite",
                "  b: Lactate clears within an hour.",
                "     Common misconception: Soreness after massage is lactic acid.",
            ])
    }

    @Test func theKeyNamesNoMisconception() {
        let renderer = QuestionRenderer(width: 80, style: TerminalStyle(enabled: false))
        let lines = renderer.feedback(
            question, presentation: .identity(count: 2), response: .choices([0]), correct: true,
            misconceptions: misconceptions)
        #expect(!lines.contains { $0.contains("misconception") })
    }
}

@Suite struct QuestionRendererReadMoreTests {
    /// `palpate read LESSON#SECTION` is for copying: it is never broken across lines.
    @Test func theReadMoreCommandStaysWholeOnANarrowTerminal() {
        let question = Question(
            id: "zone", kind: .trueFalse(answer: true), prompt: "Is it?", explanation: "Yes.",
            lesson: LessonLink(lessonID: "referral-patterns", anchor: "infraspinatus-and-teres-minor"))
        let lines = QuestionRenderer(width: 60, style: TerminalStyle(enabled: false)).explanation(question)
        #expect(
            lines == ["Yes.", "Read more:", "palpate read referral-patterns#infraspinatus-and-teres-minor"])
    }
}
