import Testing

@testable import Decks

@Suite struct ClozeExamTests {
    @Test func eachDeletionIsAnExamItemOfItsOwn() throws {
        let result = decode(
            """
            { "format": 1, "id": "d", "title": "D", "questions": [
              { "id": "trap", "type": "cloze", "explanation": "Its pattern.",
                "text": "The {{c1::upper trapezius}} refers pain to the {{c2::temple}}." },
              { "id": "ice", "type": "true-false", "prompt": "Ice first?", "answer": true, "explanation": "Yes." }
            ] }
            """)
        let deck = try #require(result.deck)
        var generator = Counter()
        let plan = ExamPlan.make(decks: [deck], tags: [], count: 3, using: &generator)
        #expect(Set(plan.items.map { $0.question.id }) == ["trap--c1", "trap--c2", "ice"])
        let card = try #require(plan.items.first { $0.question.id == "trap--c2" })
        #expect(AnswerChecker.isCorrect(.text("temple"), for: card.question) == true)
        #expect(AnswerChecker.isCorrect(.text("upper trapezius"), for: card.question) == false)
    }
}

/// A fixed sequence for the draw: every item of this small deck is drawn whatever the order.
private struct Counter: RandomNumberGenerator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
