import Curriculum
import Testing

@testable import Decks

@Suite struct SharedValuesTests {
    /// Where a string's bytes live: equal strings made apart live apart; shared ones, together.
    private func storage(_ text: String) -> UnsafePointer<UInt8>? {
        var text = text
        return text.withUTF8 { $0.baseAddress }
    }

    private func question(_ id: String, link: String, anchor: String?, tags: [String]) -> Question {
        Question(
            id: id, kind: .trueFalse(answer: true), prompt: "P", explanation: "E",
            lesson: LessonLink(lessonID: fresh(link), anchor: anchor.map(fresh)), tags: tags.map(fresh))
    }

    /// A copy with storage of its own, as a string read from a file has: not a shared literal.
    private func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    /// Through the decoder, after the deck's tags are added to each question's own.
    @Test func aDecodedDecksQuestionsShareTheirMergedTags() throws {
        let text = """
            {"format": 1, "id": "d", "title": "D", "tags": ["myofascial-trigger-points"], "questions": [
              {"id": "a", "type": "true-false", "prompt": "P", "explanation": "E", "answer": true,
               "lesson": "safety", "tags": ["safety-and-red-flags"]},
              {"id": "b", "type": "true-false", "prompt": "P", "explanation": "E", "answer": false,
               "lesson": "safety", "tags": ["safety-and-red-flags"]}
            ]}
            """
        let deck = try #require(decode(text).deck)
        let (a, b) = (deck.questions[0], deck.questions[1])
        #expect(a.tags == ["safety-and-red-flags", "myofascial-trigger-points"])
        #expect(b.tags == a.tags)
        #expect(
            a.tags.withUnsafeBufferPointer { $0.baseAddress }
                == b.tags.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func equalLinksAndTagListsAreKeptOnceDifferentOnesApart() {
        let a = question("a", link: "myofascial-trigger-points", anchor: nil, tags: [])
        let b = question("b", link: "myofascial-trigger-points", anchor: nil, tags: [])
        #expect(storage(a.lesson.lessonID) != storage(b.lesson.lessonID), "the fixture must start apart")
        var shared = SharedValues()
        let first = shared.share(
            question(
                "a", link: "myofascial-trigger-points", anchor: "latent-and-active",
                tags: ["safety-and-red-flags"]))
        let second = shared.share(
            question(
                "b", link: "myofascial-trigger-points", anchor: "latent-and-active",
                tags: ["safety-and-red-flags"]))
        let other = shared.share(
            question(
                "c", link: "client-communication-basics", anchor: nil, tags: ["communication-and-consent"]))
        #expect(second.lesson == first.lesson && second.tags == first.tags)
        #expect(storage(second.lesson.lessonID) == storage(first.lesson.lessonID))
        #expect(storage(second.lesson.anchor!) == storage(first.lesson.anchor!))
        #expect(storage(second.tags[0]) == storage(first.tags[0]))
        #expect(other.lesson == LessonLink(lessonID: "client-communication-basics"))
        #expect(other.tags == ["communication-and-consent"])
        #expect(storage(other.lesson.lessonID) != storage(first.lesson.lessonID))
        #expect(second.id == "b" && second.kind == .trueFalse(answer: true))
    }
}
