import Testing

@testable import Decks

@Suite struct UnlinkedQuestionTests {
    @Test func questionsWithoutALessonAreWarnedAboutOncePerDeck() throws {
        let result = decode(
            """
            { "format": 1, "id": "d", "title": "D", "questions": [
              { "id": "a", "type": "true-false", "prompt": "Ice first?", "answer": true, "explanation": "Yes." },
              { "id": "b", "type": "true-false", "prompt": "Heat first?", "answer": false, "explanation": "No." }
            ] }
            """)
        let deck = try #require(result.deck)
        #expect(deck.questions.allSatisfy { $0.lesson.isUnlinked })
        #expect(
            result.diagnostics.map(\.message) == [
                "field 'questions': 2 of 2 questions link no lesson, so a wrong answer shows no reading; add "
                    + "\"lesson\": \"lesson-id#section\" to each (palpate import --lesson does it for a whole file)"
            ])
    }
}
