import Testing
import TextFormats

@testable import Decks

private let slugRule = "lowercase letters and digits joined by single hyphens, e.g. upper-trapezius"
private let typeNames =
    "multiple-choice, true-false, matching, ordering, short-answer, flashcard, cloze, region"

@Suite struct QuestionDecoderFieldTests {
    @Test func suggestsTheFieldAMisspeltFieldWasMeantToBe() throws {
        let file = "Fixtures/unknown-fields.json"
        let result = try decodeFixture("unknown-fields.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 5, 3, "field 'descripton': unknown field 'descripton'; did you mean 'description'?",
                    field: "descripton"),
                diagnostic(
                    file, 12, 7,
                    "question 'q1', field 'explenation': unknown field 'explenation'; did you mean 'explanation'?",
                    question: "q1", field: "explenation"),
                diagnostic(
                    file, 14, 7,
                    "question 'q1', field 'hint': unknown field 'hint'; a flashcard question may have: "
                        + "id, type, prompt, explanation, lesson, tags, area, back", question: "q1",
                    field: "hint"),
            ])
    }

    @Test func reportsEveryMissingRequiredField() throws {
        let file = "Fixtures/missing-fields.json"
        let result = try decodeFixture("missing-fields.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 1, 1, "field 'format': missing 'format' (write \"format\": 1)", field: "format"),
                diagnostic(file, 1, 1, "field 'title': missing 'title' (the deck's title)", field: "title"),
                diagnostic(
                    file, 4, 5,
                    "question 'q1', field 'prompt': missing 'prompt' (the question the student sees)",
                    question: "q1", field: "prompt"),
                diagnostic(
                    file, 4, 5,
                    "question 'q1', field 'answer': missing 'answer' (the index of the correct choice, 0–1)",
                    question: "q1", field: "answer"),
                diagnostic(
                    file, 10, 5, "question 'q2', field 'type': missing 'type' (one of: \(typeNames))",
                    question: "q2", field: "type"),
            ])
    }

    @Test func reportsValuesOfTheWrongType() throws {
        let file = "Fixtures/wrong-types.json"
        let result = try decodeFixture("wrong-types.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(file, 2, 13, "field 'format': must be 1, not \"1\"", field: "format"),
                diagnostic(
                    file, 5, 14, "field 'version': must be a whole number of 1 or more, not 0",
                    field: "version"),
                diagnostic(
                    file, 6, 12, "field 'order': must be a whole number of 0 or more, not \"first\"",
                    field: "order"),
                diagnostic(
                    file, 11, 17,
                    "question 'q1', field 'prompt': must be text in double quotes, not a number",
                    question: "q1", field: "prompt"),
                diagnostic(
                    file, 13, 22,
                    "question 'q1', field 'explanation': must be text in double quotes, not a list (array)",
                    question: "q1", field: "explanation"),
                diagnostic(
                    file, 15, 15, "question 'q1', field 'tags': must be a list of tags, e.g. [\"head-neck\"]",
                    question: "q1", field: "tags"),
                diagnostic(
                    file, 12, 17,
                    "question 'q1', field 'answer': must be true or false (without quotes), not \"true\"",
                    question: "q1", field: "answer"),
                diagnostic(file, 17, 5, "question 2 must be an object { … }, not text (a string)"),
                diagnostic(
                    file, 22, 18,
                    "question 'q3', field 'choices': must be a list [ … ] of choices, not an object",
                    question: "q3", field: "choices"),
            ])
    }

    @Test func reportsAKeyGivenTwiceInTheSameObject() throws {
        let file = "Fixtures/duplicate-keys.json"
        let result = try decodeFixture("duplicate-keys.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 16, 3,
                    "field 'title': 'title' appears twice in the same object; keep one (JSON readers silently drop one)",
                    field: "title"),
                diagnostic(
                    file, 11, 7,
                    "question 'q1', field 'prompt': 'prompt' appears twice in the same object; keep one "
                        + "(JSON readers silently drop one)", question: "q1", field: "prompt"),
            ])
    }

    @Test func rejectsEmptyAndBlankText() throws {
        let file = "Fixtures/blank-text.json"
        let result = try decodeFixture("blank-text.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 4, 12, "field 'title': is empty; write the text or remove the field", field: "title"
                ),
                diagnostic(
                    file, 9, 17,
                    "question 'blank-prompt', field 'prompt': is empty; write the text or remove the field",
                    question: "blank-prompt", field: "prompt"),
                diagnostic(
                    file, 10, 27,
                    "question 'blank-prompt', field 'choices[1]': is empty; write the text or remove the field",
                    question: "blank-prompt", field: "choices[1]"),
                diagnostic(
                    file, 19, 15,
                    "question 'blank-back', field 'back': is empty; write the text or remove the field",
                    question: "blank-back", field: "back"),
            ])
    }

    @Test func warnsAboutTextTooLongForATerminal() throws {
        let prompt = String(repeating: "a", count: 10_001)
        let text = """
            {"format": 1, "id": "long", "title": "Long", "questions": [
              {"id": "q", "type": "flashcard", "prompt": "\(prompt)", "back": "B", "explanation": "E", "lesson": "safety"}
            ]}
            """
        let result = decode(text)
        #expect(result.deck?.questions.first?.prompt == prompt)
        #expect(
            result.diagnostics == [
                warning(
                    "deck.json", 2, 46,
                    "question 'q', field 'prompt': is 10001 bytes long; students read this on a terminal, keep it short",
                    question: "q", field: "prompt")
            ])
    }
}

@Suite struct QuestionDecoderIdentityTests {
    @Test func rejectsInvalidIDsAndTags() throws {
        let file = "Fixtures/invalid-ids.json"
        let result = try decodeFixture("invalid-ids.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 3, 9, "field 'id': 'My_Deck' is not a valid id; use \(slugRule)", field: "id"),
                diagnostic(
                    file, 5, 12, "field 'tags[0]': a tag must be \(slugRule), not 5", field: "tags[0]"),
                diagnostic(
                    file, 8, 13, "question '#1', field 'id': 'Q 1' is not a valid id; use \(slugRule)",
                    question: "#1", field: "id"),
                diagnostic(
                    file, 22, 16,
                    "question 'q2', field 'tags[0]': a tag must be \(slugRule), not \"Head Neck\"",
                    question: "q2", field: "tags[0]"),
                warning(
                    file, 22, 37, "question 'q2', field 'tags': the tag 'neck' is listed twice",
                    question: "q2", field: "tags"),
            ])
    }

    @Test func suggestsTheTypeAMisspeltTypeWasMeantToBe() throws {
        let file = "Fixtures/unknown-type.json"
        let result = try decodeFixture("unknown-type.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 8, 15,
                    "question 'misspelt', field 'type': unknown question type 'multiple-choise'; "
                        + "did you mean 'multiple-choice'?", question: "misspelt", field: "type"),
                diagnostic(
                    file, 17, 15,
                    "question 'essay', field 'type': unknown question type 'essay'; use one of: \(typeNames)",
                    question: "essay", field: "type"),
                diagnostic(
                    file, 24, 15, "question 'number', field 'type': must be one of: \(typeNames)",
                    question: "number",
                    field: "type"),
                diagnostic(
                    file, 34, 7,
                    "question 'wrong-field', field 'choices': unknown field 'choices'; a true-false question may have: "
                        + "id, type, prompt, explanation, lesson, tags, area, answer",
                    question: "wrong-field",
                    field: "choices"),
            ])
    }
}

@Suite struct QuestionDecoderLessonLinkTests {
    @Test func suggestsTheLessonOrSectionAMissingLinkMeant() throws {
        let file = "Fixtures/lesson-links.json"
        let result = try decodeFixture("lesson-links.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 12, 17,
                    "question 'misspelt-lesson', field 'lesson': the lesson 'refferal-patterns' does not exist; "
                        + "did you mean 'referral-patterns'?", question: "misspelt-lesson", field: "lesson"),
                diagnostic(
                    file, 20, 17,
                    "question 'misspelt-section', field 'lesson': the lesson 'referral-patterns' has no section "
                        + "'#upper-trapezis'; did you mean 'referral-patterns#upper-trapezius'?",
                    question: "misspelt-section", field: "lesson"),
                diagnostic(
                    file, 28, 17,
                    "question 'unknown-lesson', field 'lesson': the lesson 'massage' does not exist",
                    question: "unknown-lesson", field: "lesson"),
            ])
    }

    @Test func refusesLinksThatLeaveTheContentFolder() throws {
        let file = "Fixtures/lesson-paths.json"
        let advice =
            "looks like a file path; links name a lesson, not a file "
            + "(write lesson-id#section, e.g. referral-patterns#upper-trapezius)"
        let result = try decodeFixture("lesson-paths.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    file, 12, 17, "question 'parent', field 'lesson': the lesson link '../x' \(advice)",
                    question: "parent", field: "lesson"),
                diagnostic(
                    file, 20, 17, "question 'subfolder', field 'lesson': the lesson link 'a/b' \(advice)",
                    question: "subfolder", field: "lesson"),
                diagnostic(
                    file, 28, 17,
                    "question 'capitals', field 'lesson': the lesson link 'Safety#Red-Flags' is not valid; "
                        + "write lesson-id or lesson-id#section, using \(slugRule)", question: "capitals",
                    field: "lesson"),
            ])
    }
}
