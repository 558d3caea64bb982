import Curriculum
import Foundation
import Testing
import TextFormats

@testable import Decks

@Suite struct DeckDecoderSyntaxTests {
    @Test func reportsAMissingCommaWhereTheNextKeyStarts() throws {
        let result = try decodeFixture("syntax-missing-comma.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-missing-comma.json", 5, 3,
                    "a comma is missing after the value of \"title\"; add ',' before the next key"),
                // Stepping over the slip lets the checker see the rest of the deck.
                diagnostic(
                    "Fixtures/syntax-missing-comma.json", 5, 16,
                    "field 'questions': has 0; a deck needs at least one", field: "questions"),
            ])
    }

    @Test func reportsATrailingCommaAtTheClosingBrace() throws {
        let result = try decodeFixture("syntax-trailing-comma.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-trailing-comma.json", 13, 5,
                    "an object cannot end with a comma; remove the comma before '}'")
            ])
    }

    /// A stray comma hides nothing: the rest of the file is checked in the same run.
    @Test func aStrayOrMissingCommaIsReportedWithTheFilesOtherErrors() throws {
        let text = """
            {
              "format": 1, "id": "fixture", "title": "Two slips",
              "questions": [
                { "id": "q1", "type": "true-false", "prompt": "P?", "answer": true,
                  "explanation": "E.", "lesson": "safety", },
                { "id": "q2", "type": "true-false", "prompt": "Q?", "answer": "yes",
                  "explanation": "E." "lesson": "safety" },
                { "id": "q3", "type": "true-flase", "prompt": "R?", "answer": true,
                  "explanation": "E.", "lesson": "safety" }
              ]
            }
            """
        let result = DeckDecoder.decode(Array(text.utf8), file: "deck.json", lessons: testLessons)
        #expect(result.deck == nil)
        let messages = result.diagnostics.map { "\($0.position?.line ?? 0): \($0.message)" }
        #expect(messages.contains("5: an object cannot end with a comma; remove the comma before '}'"))
        #expect(
            messages.contains(
                "7: a comma is missing after the value of \"explanation\"; add ',' before the next key"))
        #expect(result.diagnostics.contains { $0.questionID == "q2" && $0.field == "answer" })
        #expect(result.diagnostics.contains { $0.questionID == "q3" && $0.field == "type" })
    }

    @Test func aMisspeltRequiredFieldIsOneError() throws {
        let text = """
            { "format": 1, "id": "fixture", "title": "T", "questions": [
              { "id": "q1", "type": "true-false", "promt": "P?", "answer": true,
                "explanation": "E.", "lesson": "safety" } ] }
            """
        let result = DeckDecoder.decode(Array(text.utf8), file: "deck.json", lessons: testLessons)
        #expect(result.deck == nil)
        #expect(
            result.diagnostics.map(\.message) == [
                "question 'q1', field 'promt': unknown field 'promt'; did you mean 'prompt'?"
            ])
        // A field that is simply absent is still reported as missing.
        let absent = """
            { "format": 1, "id": "fixture", "title": "T", "questions": [
              { "id": "q1", "type": "true-false", "answer": true, "explanation": "E.", "lesson": "safety" } ] }
            """
        let missing = DeckDecoder.decode(Array(absent.utf8), file: "deck.json", lessons: testLessons)
        #expect(
            missing.diagnostics.map(\.message) == [
                "question 'q1', field 'prompt': missing 'prompt' (the question the student sees)"
            ])
    }

    @Test func reportsAnUnclosedStringAtTheEndOfItsLine() throws {
        let result = try decodeFixture("syntax-unclosed-string.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-unclosed-string.json", 4, 29,
                    "a line break inside text; close the text with \" first, or write \\n for a line break")
            ])
    }

    @Test func reportsATruncatedFileAtItsEnd() throws {
        let result = try decodeFixture("syntax-truncated.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-truncated.json", 8, 17,
                    "the file ends where a value was expected (truncated?)")
            ])
    }

    @Test func reportsInvalidUTF8AtTheOffendingByte() throws {
        let result = try decodeFixture("syntax-invalid-utf8.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-invalid-utf8.json", 4, 16,
                    "this text is not valid UTF-8; save the file as UTF-8")
            ])
    }

    @Test func reportsAControlCharacterInsideText() throws {
        let result = try decodeFixture("syntax-control-character.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/syntax-control-character.json", 4, 16,
                    "a control character inside text; close the text with \" first, or write \\n for a line break"
                )
            ])
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let prefix = #"{"format": 1, "id": "x", "title": "x", "tags": "#
        let depth = 300
        let text = prefix + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let result = decode(text)
        #expect(result.deck == nil)
        // The deck object is level 1, so the 200th '[' is the first one too deep.
        #expect(
            result.diagnostics == [
                diagnostic("deck.json", 1, prefix.count + 200, "nesting is deeper than 200 levels")
            ])
    }

    @Test func reportsAnEmptyFile() {
        let result = decode("\n")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic("deck.json", 2, 1, "the file is empty; it should hold one JSON object { … }")
            ])
    }
}

@Suite struct DeckDecoderDeckTests {
    @Test func refusesAFormatWrittenForANewerPalpate() throws {
        let result = try decodeFixture("format-newer.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/format-newer.json", 2, 13,
                    "field 'format': this deck uses format 2, written for a newer Palpate; update Palpate to read it",
                    field: "format")
            ])
    }

    @Test func refusesAnOlderOrNonsenseFormat() {
        let result = decode(#"{"format": 0, "id": "x", "title": "X", "questions": []}"#)
        #expect(
            result.diagnostics.first
                == diagnostic("deck.json", 1, 12, "field 'format': must be 1, not 0", field: "format"))
    }

    @Test func requiresTheTopLevelToBeAnObject() {
        let result = decode("[1, 2]")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic("deck.json", 1, 1, "a deck must be an object { … }, not a list (array)")
            ])
    }

    @Test func requiresAtLeastOneQuestion() {
        let result = decode(
            "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"title\": \"X\",\n  \"questions\": []\n}")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "deck.json", 5, 16, "field 'questions': has 0; a deck needs at least one",
                    field: "questions")
            ])
    }

    /// A question that fails its checks still takes its id: reusing it later is reported at once,
    /// not only after the first mistake is fixed.
    @Test func anIDReusedAfterABrokenQuestionIsReportedToo() {
        let card = { (prompt: String, extra: String) in
            "{\"id\": \"same-id\", \"type\": \"true-false\", \"prompt\": \"\(prompt)\", \(extra)"
                + "\"explanation\": \"Because.\", \"lesson\": \"safety\"}"
        }
        let result = decode(
            "{\"format\": 1, \"id\": \"x\", \"title\": \"X\", \"questions\": [\n"
                + card("First.", "\"answer\": \"yes\", ") + ",\n"
                + card("Second.", "\"answer\": true, ") + "\n]}")
        let messages = result.diagnostics.map(\.message)
        // Two errors, and no warning that 1 of 1 true/false statements read is true.
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("field 'answer'") })
        #expect(
            messages.contains {
                $0.contains("the id 'same-id' is already used by the question on line 2; ids must be unique")
            })
    }

    /// With broken questions dropped, the deck-wide balance described another deck: one true of
    /// the four statements read, where the author wrote three of six.
    @Test func deckWideFiguresWaitUntilTheQuestionsAreFixed() {
        let statement = { (id: String, answer: String) in
            "{\"id\": \"\(id)\", \"type\": \"true-false\", \"prompt\": \"Statement \(id).\", \"answer\": \(answer), "
                + "\"explanation\": \"Because.\", \"lesson\": \"safety\"}"
        }
        let answers = [
            ("a", "true"), ("b", "false"), ("c", "false"), ("d", "false"), ("e", "\"yes\""), ("f", "\"yes\""),
        ]
        let result = decode(
            "{\"format\": 1, \"id\": \"x\", \"title\": \"X\", \"questions\": [\n"
                + answers.map(statement).joined(separator: ",\n") + "\n]}")
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.field == "answer" })
    }

    @Test func rejectsQuestionIDsUsedTwiceInADeck() throws {
        let result = try decodeFixture("duplicate-question-ids.json")
        #expect(result.deck == nil)
        #expect(
            result.diagnostics == [
                diagnostic(
                    "Fixtures/duplicate-question-ids.json", 15, 13,
                    "question 'same-id', field 'id': the id 'same-id' is already used by the question on line 6; "
                        + "ids must be unique", question: "same-id", field: "id")
            ])
    }
}

@Suite struct DeckDecoderValidDeckTests {
    private let expectedQuestions = [
        Question(
            id: "mc-single",
            kind: .multipleChoice(
                choices: [
                    Choice("The lower back", feedback: "That is quadratus lumborum."),
                    Choice("The side of the head and temple"), Choice("The big toe"),
                ], correct: [1], multiple: false),
            prompt: "Where does upper trapezius refer?",
            explanation: "Upper trapezius refers up the neck to the temple.",
            lesson: LessonLink(lessonID: "referral-patterns", anchor: "upper-trapezius"),
            tags: ["referral", "shared", "neck"], line: 11, idPosition: SourcePosition(line: 12, column: 13)),
        Question(
            id: "mc-multiple",
            kind: .multipleChoice(
                choices: [
                    Choice("Unexplained weight loss"), Choice("Mild stiffness after gardening"),
                    Choice("Fever with back pain"),
                ], correct: [0, 2], multiple: true),
            prompt: "Which are red flags? Choose all that apply.",
            explanation: "Weight loss and fever point to something other than muscle.",
            lesson: LessonLink(lessonID: "safety", anchor: "red-flags"), tags: ["neck", "shared"], line: 25,
            idPosition: SourcePosition(line: 26, column: 13)),
        Question(
            id: "tf", kind: .trueFalse(answer: false),
            prompt: "A trigger point always hurts without pressure.",
            explanation: "Latent trigger points hurt only when pressed.",
            lesson: LessonLink(lessonID: "safety"),
            tags: ["neck", "shared"], line: 35, idPosition: SourcePosition(line: 36, column: 13)),
        Question(
            id: "match",
            kind: .matching(pairs: [
                MatchingPair(left: "Upper trapezius", right: "Temple"),
                MatchingPair(left: "Levator scapulae", right: "Angle of the neck"),
            ]),
            prompt: "Match each muscle to its zone.", explanation: "These are the classic zones.",
            lesson: LessonLink(lessonID: "referral-patterns"), tags: ["neck", "shared"], line: 43,
            idPosition: SourcePosition(line: 44, column: 13)),
        Question(
            id: "order-steps",
            kind: .ordering(steps: ["Locate the band", "Find the nodule", "Apply pressure"]),
            prompt: "Put the steps in order.", explanation: "Band, then nodule, then pressure.",
            lesson: LessonLink(lessonID: "referral-patterns", anchor: "levator-scapulae"),
            tags: ["neck", "shared"],
            line: 54, idPosition: SourcePosition(line: 55, column: 13)),
        Question(
            id: "short", kind: .shortAnswer(accepted: ["taut band", "band"]),
            prompt: "Name the cord-like group of fibres.", explanation: "The taut band.",
            lesson: LessonLink(lessonID: "referral-patterns", anchor: "upper-trapezius"),
            tags: ["neck", "shared"],
            line: 62, idPosition: SourcePosition(line: 63, column: 13)),
        Question(
            id: "card", kind: .flashcard(back: "Pain felt away from its source."),
            prompt: "What is referred pain?",
            explanation: "Referral is why the sore spot is not always the spot to treat.",
            lesson: LessonLink(lessonID: "safety", anchor: "red-flags"),
            tags: ["definitions", "neck", "shared"],
            line: 70, idPosition: SourcePosition(line: 71, column: 13)),
    ]

    private func expectedDeck(file: String) -> Deck {
        Deck(
            id: "fixture-valid", title: "Every question type", description: "One question of each type.",
            version: 3, order: 2, file: file, questions: expectedQuestions,
            idPosition: SourcePosition(line: 4, column: 9))
    }

    @Test func decodesEveryQuestionTypeIntoTheModel() throws {
        let result = try decodeFixture("valid-deck.json")
        // Only the item-writing warnings its terse choices trip (tested in Lints/).
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        let deck = try #require(result.deck)
        #expect(deck == expectedDeck(file: "Fixtures/valid-deck.json"))
        #expect(
            deck.questions.map(\.typeName) == [
                "multiple-choice", "multiple-choice", "true-false", "matching", "ordering", "short-answer",
                "flashcard",
            ])
        #expect(deck.question(id: "tf")?.line == 35)
        #expect(deck.question(id: "missing") == nil)
    }

    @Test func decodesAFileWithAByteOrderMarkAndWindowsLineEnds() throws {
        let text = String(decoding: try fixtureBytes("valid-deck.json"), as: UTF8.self)
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let result = DeckDecoder.decode(bytes, file: "windows.json", lessons: testLessons)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.deck == expectedDeck(file: "windows.json"))
    }

    @Test func reportsPositionsOnTheFirstLineOfAFileWithAByteOrderMark() {
        let result = DeckDecoder.decode(
            [0xEF, 0xBB, 0xBF] + Array("[]".utf8), file: "bom.json", lessons: nil)
        #expect(
            result.diagnostics == [
                diagnostic("bom.json", 1, 1, "a deck must be an object { … }, not a list (array)")
            ])
    }

    @Test func defaultsVersionAndOrderWhenAbsent() throws {
        let text = """
            {"format": 1, "id": "minimal", "title": "Minimal", "questions": [
              {"id": "q", "type": "flashcard", "prompt": "P", "back": "B", "explanation": "E", "lesson": "safety"}
            ]}
            """
        let deck = try #require(decode(text).deck)
        #expect(deck.version == 1)
        #expect(deck.order == 0)
        #expect(deck.description == nil)
        #expect(deck.questions.first?.tags == [])
        #expect(deck.questions.first?.line == 2)
    }

    @Test func leavesLinksUncheckedWhenNoLessonsAreGiven() throws {
        let result = try decodeFixture("lesson-links.json", lessons: nil)
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.deck?.questions.map(\.lesson.description) == [
                "refferal-patterns#upper-trapezius", "referral-patterns#upper-trapezis", "massage",
            ])
    }
}
