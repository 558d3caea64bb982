import Curriculum
import Decks
import Testing

@testable import Reports

@Suite struct DeckFingerprintTests {
    /// Reports keep fingerprints and the class view compares them across students and builds: the
    /// value for a given deck must never change. Pinned against FNV-1a computed independently.
    @Test func theFingerprintOfADeckNeverChanges() {
        let deck = Deck(
            id: "d", title: "Any title", file: "d.json",
            questions: [
                Question(
                    id: "q1", kind: .trueFalse(answer: true), prompt: "P", explanation: "not hashed",
                    lesson: LessonLink(lessonID: "safety")),
                Question(
                    id: "q2",
                    kind: .multipleChoice(
                        choices: [Choice("A"), Choice("B")], correct: [1], multiple: false),
                    prompt: "Which?", explanation: "E",
                    lesson: LessonLink(lessonID: "safety", anchor: "red-flags")),
            ])
        #expect(DeckFingerprint.make(deck) == "c3aaceb721e77474")
    }
}
