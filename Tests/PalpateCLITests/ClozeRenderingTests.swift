import Curriculum
import Decks
import Testing

@testable import PalpateCLI

@Suite struct ClozeRenderingTests {
    private let renderer = QuestionRenderer(width: 80, style: TerminalStyle(enabled: false))
    private let text =
        "{{c1::Scalenes}} and {{c1::pec minor}} can entrap the {{c2::brachial plexus::a nerve bundle}}."

    private func card(_ number: Int, lesson: LessonLink = .unlinked) throws -> Question {
        let cloze = try ClozeText(parsing: text)
        return Question(
            id: "entrap" + ClozeText.cardSuffix(number), kind: .cloze(text: text, deletion: number),
            prompt: cloze.prompt(for: number), explanation: "Thoracic outlet syndrome.", lesson: lesson)
    }

    @Test func aCardShowsItsBlanksAndSaysHowToAnswer() throws {
        let lines = renderer.question(try card(1), presentation: .identity(count: 0))
        #expect(
            lines == [
                "[...] and [...] can entrap the brachial plexus.",
                "Type the 2 hidden parts, in order, separated by ;",
            ])
        #expect(
            renderer.question(try card(2), presentation: .identity(count: 0)) == [
                "Scalenes and pec minor can entrap the [a nerve bundle].", "Type the hidden part",
            ])
    }

    @Test func aWrongAnswerShowsTheHiddenTextAndNoReadingWhenUnlinked() throws {
        let lines = renderer.feedback(
            try card(2), presentation: .identity(count: 0), response: .text("median nerve"), correct: false)
        #expect(
            lines == [
                "✗ Not quite", "Answer:", "  brachial plexus",
                "  Scalenes and pec minor can entrap the brachial plexus.", "Thoracic outlet syndrome.",
            ])
        let linked = renderer.feedback(
            try card(2, lesson: LessonLink(lessonID: "safety")), presentation: .identity(count: 0),
            response: .text("median nerve"), correct: false)
        #expect(linked.last == "Read more: palpate read safety")
    }

    @Test func gradingUsesTheShortAnswerRules() throws {
        #expect(AnswerChecker.isCorrect(.text("scalenes; pec minor"), for: try card(1)) == true)
        #expect(AnswerChecker.isCorrect(.text("the brachial plexsus"), for: try card(2)) == true)
        #expect(AnswerText.key(of: try card(1)) == "Scalenes; pec minor")
    }
}
