import Testing
import TextFormats

@testable import Decks

@Suite struct MisconceptionDecoderTests {
    private func soreness(_ misconception: String, onChoice index: Int = 1) -> String {
        let choices = ["Microtrauma and inflammation in the tissue", "Lactic acid left in the muscle"]
            .enumerated()
            .map { number, text in
                number == index
                    ? "{ \"text\": \"\(text)\", \"feedback\": \"Why.\", \"misconception\": \"\(misconception)\" }"
                    : "{ \"text\": \"\(text)\", \"feedback\": \"Why.\" }"
            }.joined(separator: ", ")
        return """
                { "id": "soreness", "type": "multiple-choice", "prompt": "What causes soreness after massage?",
                  "choices": [\(choices)], "answer": 0, "explanation": "Because.", "lesson": "safety" }
            """
    }

    private let list = """

          "misconceptions": [
            { "id": "lactic-acid-soreness", "text": "Soreness after massage is lactic acid." },
            { "id": "spillover-as-essential", "text": "A spillover zone is part of the essential zone." }
          ],
        """

    @Test func aDistractorCarriesItsMisconceptionAndAnUnusedOneIsWarned() throws {
        let result = decode(lintDeck([soreness("lactic-acid-soreness")], extra: list))
        let deck = try #require(result.deck)
        #expect(deck.misconceptions.map(\.id) == ["lactic-acid-soreness", "spillover-as-essential"])
        guard case .multipleChoice(let choices, _, _) = deck.questions[0].kind else {
            Issue.record("not a choice question")
            return
        }
        #expect(choices[1].misconception == "lactic-acid-soreness")
        #expect(choices[0].misconception == nil)
        #expect(
            result.diagnostics == [
                warning(
                    "deck.json", 5, 13,
                    "field 'misconceptions': no distractor names the misconception 'spillover-as-essential'; tag "
                        + "the choices that stand for it with \"misconception\": \"spillover-as-essential\", or remove it",
                    field: "misconceptions")
            ])
    }

    @Test func anUnknownMisconceptionIsAnErrorWithTheNearestListedOne() {
        let result = decode(lintDeck([soreness("lactic-acid-sorenes")], extra: list))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.contains {
                $0.severity == .error && $0.questionID == "soreness" && $0.field == "choices[1].misconception"
                    && $0.message.hasSuffix(
                        "unknown misconception 'lactic-acid-sorenes'; did you mean 'lactic-acid-soreness'?")
            })
    }

    @Test func aMisconceptionOnTheKeyOrWithoutAListIsAnError() {
        let onKey = decode(lintDeck([soreness("lactic-acid-soreness", onChoice: 0)], extra: list))
        #expect(onKey.deck == nil)
        #expect(
            onKey.diagnostics.contains {
                $0.message.contains("a correct choice cannot carry a misconception")
            })
        let unlisted = decode(lintDeck([soreness("lactic-acid-soreness")]))
        #expect(unlisted.deck == nil)
        #expect(
            unlisted.diagnostics.contains {
                $0.message.contains(
                    "add it to the deck's \"misconceptions\": [{\"id\": \"lactic-acid-soreness\"")
            })
    }

    @Test func aMisconceptionListedTwiceIsAnError() {
        let twice = """

              "misconceptions": [
                { "id": "lactic-acid-soreness", "text": "Soreness after massage is lactic acid." },
                { "id": "lactic-acid-soreness", "text": "Again." }
              ],
            """
        let result = decode(lintDeck([soreness("lactic-acid-soreness")], extra: twice))
        #expect(result.deck == nil)
        #expect(result.diagnostics.contains { $0.message.contains("is already listed on line 4") })
    }
}
