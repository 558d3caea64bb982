import Testing
import TextFormats

@testable import Decks

@Suite struct NearDuplicatePromptsTests {
    private func signatures(_ questions: [String], file: String) throws -> PromptSignatures {
        let reading = try DeckDecoder.read(
            .bytes(Array(lintDeck(questions).utf8)), file: file, lessons: testLessons, keepingQuestions: false
        )
        return try #require(reading.prompts)
    }

    @Test func aRewordedRepeatInAnotherDeckIsWarnedNamingBoth() throws {
        let first = try signatures(
            [
                trueFalse(
                    "evi-toxins",
                    "Drinking plenty of water after massage helps flush out toxins released during it.",
                    false)
            ], file: "evidence.json")
        let second = try signatures(
            [
                trueFalse("pro-heat", "Heat relaxes a tight muscle before pressure.", true),
                trueFalse(
                    "pro-toxins",
                    "Drinking plenty of water after massage flushes out the toxins released during it.",
                    false),
            ], file: "protocol.json")
        let found = NearDuplicatePrompts.find(in: [first, second])
        #expect(found.count == 1)
        #expect(found.first?.file == "protocol.json")
        #expect(found.first?.position == SourcePosition(line: 6, column: 13))
        #expect(found.first?.questionID == "pro-toxins")
        #expect(
            found.first?.message
                == "question 'pro-toxins', field 'prompt': the prompt nearly repeats question 'evi-toxins' "
                + "(evidence.json:4): 91% of their words are the same; keep one question per fact (retire the "
                + "other id) or make them ask different things")
    }

    @Test func promptsThatDifferInTheirPointAreNotWarned() throws {
        let deck = try signatures(
            [
                trueFalse("a", "Where does the upper trapezius refer pain?", true),
                trueFalse("b", "Where does the lower trapezius refer pain?", true),
                trueFalse("c", "Which muscle refers pain to the temple?", true),
                trueFalse("d", "Which muscle refers pain to the jaw?", true),
                trueFalse("e", "Is massage safe over a fresh bruise?", false),
            ], file: "deck.json")
        #expect(NearDuplicatePrompts.find(in: [deck]).isEmpty)
    }

    @Test func matchingQuestionsWithTheSamePromptButDifferentPairsAreNotWarned() throws {
        func matching(_ id: String, _ pairs: [(String, String)]) -> String {
            let items = pairs.map { "{ \"left\": \"\($0.0)\", \"right\": \"\($0.1)\" }" }.joined(
                separator: ", ")
            return """
                    { "id": "\(id)", "type": "matching", "prompt": "Match each muscle to its referral zone.",
                      "pairs": [\(items)], "explanation": "Because.", "lesson": "safety" }
                """
        }
        let deck = try signatures(
            [
                matching(
                    "head", [("Upper trapezius", "Temple"), ("Masseter", "Teeth"), ("Splenius", "Vertex")]),
                matching("leg", [("Soleus", "Heel"), ("Gluteus minimus", "Outer leg"), ("Vastus", "Knee")]),
            ], file: "deck.json")
        #expect(NearDuplicatePrompts.find(in: [deck]).isEmpty)
    }

    /// Each question is compared with at most a few others, so a deck made of one prompt repeated
    /// 10,000 times is checked at once; the first 25 repeats are named, then how many more.
    @Test func manyRepeatsAreFoundInLinearTime() throws {
        var big = PromptSignatures(file: "big.json")
        for number in 0..<20_000 {
            big.add(
                id: "q\(number)", position: SourcePosition(line: number + 1, column: 1),
                prompt: number.isMultiple(of: 2)
                    ? "Where does the soleus refer pain?" : "Prompt number \(number) is unique",
                kind: .trueFalse(answer: true))
        }
        let found = NearDuplicatePrompts.find(in: [big])
        #expect(found.count == 26)
        #expect(
            found.prefix(25).allSatisfy {
                $0.message.contains("nearly repeats question 'q0'")
                    || $0.message.contains("same words as question 'q0'")
            })
        #expect(
            found.last?.message
                == "9974 more near-identical prompts in this deck are not listed (the first 25 are); fix those and check again"
        )
    }

    @Test func similarityIsTheShareOfDistinctWords() {
        let left = PromptWords.hashes(["Muscles refer pain"])
        let right = PromptWords.hashes(["The muscle refers its pain"])
        #expect(left == right)
        #expect(
            NearDuplicatePrompts.similarity(left[...], PromptWords.hashes(["muscle pain"])[...]) == 2.0 / 3.0)
    }
}
