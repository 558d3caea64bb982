import Curriculum
import Testing
import TextFormats

@testable import Decks

@Suite struct QuestionBodyTests {
    static let kinds: [Question.Kind] = [
        .multipleChoice(
            choices: [
                Choice("Infraspinatus", feedback: "Refers to the front of the shoulder."),
                Choice("Trapezius"),
            ],
            correct: [0], multiple: false),
        .multipleChoice(
            choices: [Choice("A"), Choice("B", feedback: ""), Choice("C")], correct: [0, 2], multiple: true),
        .trueFalse(answer: true),
        .trueFalse(answer: false),
        .matching(pairs: [
            MatchingPair(left: "SCM", right: "Head"), MatchingPair(left: "Gluteus minimus", right: "Leg"),
        ]),
        .ordering(steps: ["Ask", "Locate", "Press", "Release"]),
        .shortAnswer(accepted: ["ischemic compression", "ischaemic compression"]),
        .flashcard(back: "Latent: tender only when pressed — Schmerz ✓"),
    ]

    @Test(arguments: kinds)
    func everyKindReadsBackAsWritten(_ kind: Question.Kind) throws {
        let body = QuestionBody(kind: kind, prompt: "Where does it refer?", explanation: "Because… see §2.")
        #expect(body.kind == kind)
        #expect(body.type == QuestionType(kind))
        #expect(body.prompt == "Where does it refer?")
        #expect(body.explanation == "Because… see §2.")
        #expect(try QuestionBody(validating: body.bytes) == body)
    }

    @Test func aQuestionReadsItsBodyAndEqualContentIsEqual() {
        let make = {
            Question(
                id: "q1", kind: .ordering(steps: ["a", "b"]), prompt: "P", explanation: "E",
                lesson: LessonLink(lessonID: "safety"), tags: ["t"], line: 3)
        }
        let question = make()
        #expect(question.kind == .ordering(steps: ["a", "b"]))
        #expect(question.prompt == "P" && question.explanation == "E")
        #expect(question.typeName == "ordering")
        #expect(question == make())
        #expect(
            question
                != Question(
                    id: "q1", kind: .ordering(steps: ["b", "a"]), prompt: "P", explanation: "E",
                    lesson: LessonLink(lessonID: "safety"), tags: ["t"], line: 3))
    }

    /// Well-formed bytes can still say what showing a card would trip on: no choices, an answer
    /// naming a choice that is not there, nothing accepted. Those are refused too.
    @Test func bytesThatWouldTripShowingACardAreRefused() {
        let tripping: [Question.Kind] = [
            .multipleChoice(choices: [Choice("A")], correct: [1], multiple: false),
            .multipleChoice(choices: [Choice("A")], correct: [-1], multiple: false),
            .multipleChoice(choices: [Choice("A")], correct: [], multiple: false),
            .multipleChoice(choices: [], correct: [], multiple: false),
            .matching(pairs: []),
            .ordering(steps: []),
            .shortAnswer(accepted: []),
        ]
        for kind in tripping {
            let bytes = QuestionBody(kind: kind, prompt: "P", explanation: "E").bytes
            #expect(throws: ByteReader.Damaged.self, "\(kind)") { try QuestionBody(validating: bytes) }
        }
    }

    /// A deck cache hands in bytes from a file: anything cut short, added to or foreign is refused.
    @Test(arguments: kinds)
    func damagedBytesAreRefused(_ kind: Question.Kind) {
        let bytes = QuestionBody(kind: kind, prompt: "Prompt", explanation: "Explanation").bytes
        for length in 0..<bytes.count {
            #expect(throws: ByteReader.Damaged.self) {
                try QuestionBody(validating: Array(bytes.prefix(length)))
            }
        }
        #expect(throws: ByteReader.Damaged.self) { try QuestionBody(validating: bytes + [0]) }
        var foreign = bytes
        foreign[0] = 99
        #expect(throws: ByteReader.Damaged.self) { try QuestionBody(validating: foreign) }
    }
}
