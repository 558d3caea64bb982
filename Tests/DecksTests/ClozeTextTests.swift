import Foundation
import Testing

@testable import Decks

@Suite struct ClozeTextTests {
    let text = "The {{c1::upper trapezius}} refers pain to the {{c2::temple::region}}."

    @Test func eachNumberIsOneCardShowingTheOthers() throws {
        let cloze = try ClozeText(parsing: text)
        #expect(cloze.numbers == [1, 2])
        #expect(cloze.prompt(for: 1) == "The [...] refers pain to the temple.")
        #expect(cloze.prompt(for: 2) == "The upper trapezius refers pain to the [region].")
        #expect(cloze.answers(for: 2) == ["temple"])
        #expect(cloze.revealed == "The upper trapezius refers pain to the temple.")
    }

    @Test func aNumberUsedTwiceHidesBothAndTakesThemInOrder() throws {
        let cloze = try ClozeText(
            parsing: "{{c1::Scalenes}} and {{c1::pec minor}} can entrap the {{c2::brachial plexus}}.")
        #expect(cloze.numbers == [1, 2])
        #expect(cloze.prompt(for: 1) == "[...] and [...] can entrap the brachial plexus.")
        #expect(cloze.answers(for: 1) == ["Scalenes", "pec minor"])
        #expect(cloze.accepts("scalenes; pec minor", for: 1))
        #expect(!cloze.accepts("pec minor; scalenes", for: 1))
        #expect(!cloze.accepts("scalenes", for: 1))
    }

    @Test func gradesWithTheShortAnswerRules() throws {
        let cloze = try ClozeText(parsing: text)
        #expect(cloze.accepts("Upper Trapezius", for: 1))
        #expect(cloze.accepts("the upper trapezuis", for: 1))
        #expect(!cloze.accepts("levator scapulae", for: 1))
        #expect(cloze.accepts("temple", for: 2))
    }

    @Test func refusesUnbalancedBracesWithTheirPlace() {
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "The {{c1::upper trapezius refers") }
        do {
            _ = try ClozeText(parsing: "The {{c1::upper trapezius refers")
        } catch {
            #expect(error.offset == 4)
            #expect(error.description.contains("'{{' at character 5 is never closed"))
        }
        do {
            _ = try ClozeText(parsing: "The upper}} trapezius {{c1::x}}")
        } catch {
            #expect(error.description.contains("'}}' at character 10 closes no '{{'"))
        }
        do {
            _ = try ClozeText(parsing: "The {{c1::a {{c2::b}} }}")
        } catch {
            #expect(error.description.contains("opens inside the deletion"))
        }
    }

    @Test func refusesATextWithNoDeletionOrABadlyNumberedOne() {
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "No blanks here.") }
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "A {{x1::blank}}.") }
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "A {{c0::blank}}.") }
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "A {{c1::  }}.") }
        #expect(throws: ClozeText.Problem.self) { try ClozeText(parsing: "A {{c1}}.") }
    }

    @Test func cardIDsNeverClashWithAuthoredIDs() {
        #expect("ref-trap" + ClozeText.cardSuffix(2) == "ref-trap--c2")
        #expect(ClozeText.split(cardID: "ref-trap--c2")! == ("ref-trap", 2))
        #expect(ClozeText.split(cardID: "ref-trap-c2") == nil)
    }
}

@Suite struct ClozeDecodingTests {
    let deck = """
        { "format": 1, "id": "d", "title": "D", "version": 1, "order": 1, "questions": [
          { "id": "trap", "type": "cloze",
            "text": "The {{c1::upper trapezius}} refers pain to the {{c2::temple::region}}.",
            "explanation": "Its classic pattern.", "lesson": "referral-patterns#upper-trapezius" }
        ] }
        """

    @Test func aClozeQuestionBecomesOneCardPerNumber() throws {
        let result = decode(deck)
        #expect(result.diagnostics == [])
        let questions = try #require(result.deck).questions
        #expect(questions.map(\.id) == ["trap--c1", "trap--c2"])
        #expect(
            questions.map(\.prompt) == [
                "The [...] refers pain to the temple.", "The upper trapezius refers pain to the [region].",
            ])
        #expect(
            questions[1].kind
                == .cloze(
                    text: "The {{c1::upper trapezius}} refers pain to the {{c2::temple::region}}.",
                    deletion: 2))
        #expect(questions[0].type == .cloze)
        #expect(AnswerChecker.isCorrect(.text("upper trapezius"), for: questions[0]) == true)
        #expect(AnswerChecker.isCorrect(.text("temple"), for: questions[0]) == false)
        #expect(AnswerText.key(of: questions[1]) == "temple")
    }

    @Test func aClozeBodySurvivesPackingAndChecking() throws {
        let question = try #require(decode(deck).deck).questions[1]
        let body = try QuestionBody(validating: question.body.bytes)
        #expect(body.kind == question.kind)
    }

    @Test func unbalancedBracesAndNoDeletionAreErrors() {
        let broken = decode(deck.replacingOccurrences(of: "temple::region}}", with: "temple::region"))
        #expect(broken.deck == nil)
        #expect(
            broken.diagnostics.map(\.message).contains {
                $0.contains("field 'text': '{{' at character 48 is never closed")
            })
        let empty = decode(
            deck.replacingOccurrences(of: "{{c1::upper trapezius}}", with: "x").replacingOccurrences(
                of: "{{c2::temple::region}}", with: "y"))
        #expect(empty.diagnostics.map(\.message).contains { $0.contains("has no deletion") })
    }

    @Test func aClozeQuestionHasNoPrompt() {
        let result = decode(
            deck.replacingOccurrences(
                of: "\"type\": \"cloze\",", with: "\"type\": \"cloze\", \"prompt\": \"Fill in\","))
        #expect(result.deck == nil)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("unknown field 'prompt'") })
    }
}
