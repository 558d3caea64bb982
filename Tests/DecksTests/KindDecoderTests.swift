import Testing
import TextFormats

@testable import Decks

@Suite struct KindDecoderAnswerTests {
    @Test func reportsAnAnswerOutOfRangeWithTheValidRange() throws {
        let file = "Fixtures/answer-out-of-range.json"
        let result = try decodeFixture("answer-out-of-range.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 11, 17,
                    "question 'q1', field 'answer': answer 4 is out of range; this question has choices 0–3 "
                        + "(choices count from 0)", question: "q1", field: "answer"),
                diagnostic(
                    file, 20, 21,
                    "question 'q2', field 'answer': answer -1 is out of range; this question has choices 0–2 "
                        + "(choices count from 0)", question: "q2", field: "answer"),
            ])
    }

    @Test func reportsAnswersThatAreNotChoiceIndices() throws {
        let file = "Fixtures/answer-not-an-index.json"
        let result = try decodeFixture("answer-not-an-index.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 11, 17,
                    "question 'letter', field 'answer': must be a choice index (0–2) or a list of them, not \"B\"; "
                        + "choices count from 0", question: "letter", field: "answer"),
                diagnostic(
                    file, 20, 21, "question 'twice', field 'answer': choice 1 is listed twice",
                    question: "twice",
                    field: "answer"),
                diagnostic(
                    file, 30, 17,
                    "question 'none', field 'answer': lists no correct choice; give the index of one (0–2)",
                    question: "none", field: "answer"),
                diagnostic(
                    file, 38, 17,
                    "question 'flag', field 'answer': must be true or false (without quotes), not \"yes\"",
                    question: "flag", field: "answer"),
            ])
    }

    @Test func rejectsSeveralCorrectAnswersOnASingleAnswerQuestion() throws {
        let file = "Fixtures/several-correct-answers.json"
        let result = try decodeFixture("several-correct-answers.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 11, 17,
                    "question 'q1', field 'answer': a single-answer question has 2 correct answers (0, 2); keep one, "
                        + "or add \"multiple\": true if students should choose all that apply",
                    question: "q1",
                    field: "answer"),
                warning(
                    file, 21, 19,
                    "question 'q2', field 'multiple': \"multiple\": true but only one choice is correct; "
                        + "students are told to choose all that apply", question: "q2", field: "multiple"),
            ])
    }
}

@Suite struct KindDecoderListTests {
    @Test func requiresTwoChoicesPairsOrStepsAndOneAcceptedAnswer() throws {
        let file = "Fixtures/too-few-items.json"
        let result = try decodeFixture("too-few-items.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 10, 18,
                    "question 'one-choice', field 'choices': has only 1; a question needs at least 2 choices",
                    question: "one-choice", field: "choices"),
                diagnostic(
                    file, 19, 16,
                    "question 'one-pair', field 'pairs': has only 1; a question needs at least 2 pairs",
                    question: "one-pair", field: "pairs"),
                diagnostic(
                    file, 27, 16,
                    "question 'one-step', field 'steps': has only 1; a question needs at least 2 steps "
                        + "(in the correct order)", question: "one-step", field: "steps"),
                diagnostic(
                    file, 35, 17,
                    "question 'no-answers', field 'accept': has 0; a question needs at least one",
                    question: "no-answers", field: "accept"),
            ])
    }

    @Test func rejectsEntriesThatReadTheSame() throws {
        let file = "Fixtures/duplicate-choices.json"
        let result = try decodeFixture("duplicate-choices.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 10, 34,
                    "question 'choices', field 'choices[2]': duplicate choice: choices[2] reads the same as "
                        + "choices[0] (\"  heat. \")", question: "choices", field: "choices[2]"),
                diagnostic(
                    file, 21, 9,
                    "question 'pairs', field 'pairs[1]': duplicate left item: pairs[1] reads the same as pairs[0] "
                        + "(\"Upper Trapezius\")", question: "pairs", field: "pairs[1]"),
                diagnostic(
                    file, 30, 55,
                    "question 'steps', field 'steps[2]': duplicate step: steps[2] reads the same as steps[0] "
                        + "(\"Locate the band!\")", question: "steps", field: "steps[2]"),
                warning(
                    file, 38, 31,
                    "question 'accept', field 'accept[1]': duplicate accepted answer: accept[1] reads the same as "
                        + "accept[0] (\"Taut Band\")", question: "accept", field: "accept[1]"),
            ])
    }

    @Test func checksChoiceAndPairObjects() throws {
        let file = "Fixtures/choice-objects.json"
        let result = try decodeFixture("choice-objects.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 11, 27,
                    "question 'choice-objects', field 'choices[0].feedbak': unknown field 'feedbak'; "
                        + "did you mean 'feedback'?", question: "choice-objects", field: "choices[0].feedbak"),
                diagnostic(
                    file, 12, 9,
                    "question 'choice-objects', field 'choices[1].text': missing 'text' (the choice's text)",
                    question: "choice-objects", field: "choices[1].text"),
                diagnostic(
                    file, 13, 9,
                    "question 'choice-objects', field 'choices[2]': a choice (text, or { \"text\": …, \"feedback\": … }) "
                        + "must be an object { … }, not a number", question: "choice-objects",
                    field: "choices[2]"),
                diagnostic(
                    file, 24, 9,
                    "question 'pair-objects', field 'pairs[0].right': missing 'right' (what it matches, "
                        + "e.g. its referral zone)", question: "pair-objects", field: "pairs[0].right"),
                diagnostic(
                    file, 25, 9,
                    "question 'pair-objects', field 'pairs[1]': a pair { \"left\": …, \"right\": … } must be an object "
                        + "{ … }, not a list (array)", question: "pair-objects", field: "pairs[1]"),
            ])
    }
}
