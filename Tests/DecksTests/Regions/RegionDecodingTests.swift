import Testing
import TextFormats

@testable import Decks

/// A deck of one question whose fields after `id` and `type` are `fields`.
private func regionDeck(_ fields: String) -> String {
    """
    {"format": 1, "id": "maps", "title": "Maps", "questions": [
    {"id": "soleus-map", "type": "region", "prompt": "Where does the soleus refer?",
     \(fields),
     "explanation": "Heel and calf.", "lesson": "referral-patterns#levator-scapulae"}
    ]}
    """
}

@Suite struct RegionDecodingTests {
    @Test func decodesViewsAnswerSpilloverSideAndMuscle() throws {
        let result = decode(
            regionDeck(
                #""views": ["back"], "answer": ["heel", "achilles"], "spillover": ["sacroiliac"], "side": "left", "muscle": "soleus""#
            ))
        #expect(result.diagnostics.isEmpty)
        let question = try #require(result.deck?.questions.first)
        #expect(question.type == .region)
        #expect(
            question.kind
                == .region(
                    RegionAnswer(
                        views: ["back"], side: "left", essential: ["heel", "achilles"],
                        spillover: ["sacroiliac"],
                        muscle: "soleus")))
    }

    @Test func sideDefaultsToRightAndSpilloverToNone() throws {
        let result = decode(regionDeck(#""views": ["back"], "answer": ["heel"]"#))
        let question = try #require(result.deck?.questions.first)
        #expect(question.kind == .region(RegionAnswer(views: ["back"], essential: ["heel"])))
    }

    @Test func anEmptyAnswerIsLocated() {
        let result = decode(regionDeck(#""views": ["back"], "answer": []"#))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "deck.json:3:31: error: question 'soleus-map', field 'answer': has 0; a question needs at least one"
            ])
    }

    @Test func aNameThatIsNotABodyModelNameIsLocated() {
        let result = decode(regionDeck(#""views": ["back"], "answer": ["heel", "Posterior Calf"]"#))
        #expect(
            result.diagnostics.map(\.description) == [
                "deck.json:3:40: error: question 'soleus-map', field 'answer[1]': 'Posterior Calf' is not a body-model name; names are lowercase words joined by hyphens, e.g. \"posterior-shoulder\""
            ])
    }

    @Test func aRegionInBothAnswerAndSpilloverIsAnError() {
        let result = decode(
            regionDeck(#""views": ["back"], "answer": ["heel"], "spillover": ["achilles", "heel-right"]"#))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "question 'soleus-map', field 'spillover[1]': 'heel-right' is also in 'answer'; a region is either required (answer) or neither required nor wrong (spillover)"
            ])
    }

    @Test func aSideOtherThanRightOrLeftIsAnError() {
        let result = decode(regionDeck(#""views": ["back"], "answer": ["heel"], "side": "both""#))
        #expect(
            result.diagnostics.map(\.message) == [
                "question 'soleus-map', field 'side': 'both' is not a side; use \"right\" or \"left\" (base region names are taken on it)"
            ])
    }

    @Test func missingViewsAreReported() {
        let result = decode(regionDeck(#""answer": ["heel"]"#))
        #expect(result.diagnostics.map(\.message).contains { $0.contains("'views'") })
        #expect(result.deck == nil)
    }

    @Test func aKeyOfAnotherTypeIsRejected() {
        let result = decode(regionDeck(#""views": ["back"], "answer": ["heel"], "choices": ["a", "b"]"#))
        #expect(result.deck == nil)
        #expect(result.diagnostics.contains { $0.message.contains("choices") })
    }

    @Test func survivesPackingAndValidating() throws {
        let answer = RegionAnswer(
            views: ["front", "back"], side: "left", essential: ["instep"], spillover: ["inner-ankle"],
            muscle: "gastrocnemius")
        let body = QuestionBody(kind: .region(answer), prompt: "p", explanation: "e")
        let checked = try QuestionBody(validating: body.bytes)
        #expect(checked.kind == .region(answer))
        #expect(checked.type == .region)
    }
}
