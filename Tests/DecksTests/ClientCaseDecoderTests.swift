import Testing
import TextFormats

@testable import Decks

@Suite struct ClientCaseDecoderTests {
    private let questions = [
        trueFalse("intake", "Ask about medication at intake.", true),
        trueFalse("flags", "Fever with back pain is a red flag.", true),
        trueFalse("aftercare", "Heat can ease soreness the next day.", true),
    ]

    private func cases(_ steps: [[String]]) -> String {
        let items = steps.enumerated().map { index, ids in
            "{ \"id\": \"case-\(index + 1)\", \"title\": \"Case \(index + 1)\", \"scenario\": \"A client.\", "
                + "\"steps\": [\(ids.map { "\"\($0)\"" }.joined(separator: ", "))] }"
        }
        return "\n  \"cases\": [\(items.joined(separator: ", "))],"
    }

    @Test func aCaseKeepsItsStepsInOrder() throws {
        let result = decode(lintDeck(questions, extra: cases([["intake", "flags", "aftercare"]])))
        let deck = try #require(result.deck)
        #expect(
            deck.cases == [
                ClientCase(
                    id: "case-1", title: "Case 1", scenario: "A client.",
                    steps: ["intake", "flags", "aftercare"])
            ])
        #expect(deck.clientCase(containing: "flags")?.id == "case-1")
        #expect(deck.clientCase(containing: "nowhere") == nil)
    }

    @Test func aStepThatIsNoQuestionIsAnErrorWithTheNearestId() {
        let result = decode(lintDeck(questions, extra: cases([["intake", "flag"]])))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "field 'cases[0].steps[1]': no question of this deck has the id 'flag'; did you mean 'flags'?"
            ])
    }

    @Test func aQuestionInTwoCasesOrTwiceInOneIsAnError() {
        let result = decode(
            lintDeck(questions, extra: cases([["intake", "flags"], ["flags", "aftercare", "aftercare"]])))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "field 'cases[1].steps[0]': 'flags' is already a step of the case 'case-1'; a question belongs to one case",
                "field 'cases[1].steps[2]': 'aftercare' is already a step of this case; each step is asked once",
            ])
    }

    @Test func aCaseOfOneStepIsAnError() {
        let result = decode(lintDeck(questions, extra: cases([["intake"]])))
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "field 'cases[0].steps': has only 1; a question needs at least 2 question ids, in the order they are asked"
            ])
    }
}
