import Testing
import TextFormats

@testable import Decks

/// A deck's questions are checked on a second core, in batches, while the file is still read:
/// what a reader sees must not change.
@Suite struct QuestionPipelineTests {
    /// 3,000 questions (several batches, and more than the reader's window keeps), prompts with
    /// accented letters before each mistake, mistakes in the first, last and neighbouring
    /// questions: every problem comes out in file order at the line and column a whole-file read
    /// gives.
    @Test func problemsComeOutInFileOrderAtTheirPlacesAcrossBatches() throws {
        let misspelt: Set<Int> = [0, 63, 64, 65, 1_500, 2_999]
        var text = "{\n  \"format\": 1, \"id\": \"pipeline\", \"title\": \"Pipeline\",\n  \"questions\": [\n"
        // Where each misspelt type's value starts, in bytes.
        var offsets: [Int] = []
        for index in 0..<3_000 {
            if index > 0 { text += ",\n" }
            let prompt =
                #"    {"prompt": "Où se projette la douleur n° \#(index) ?", "id": "q\#(index)", "type": "#
            if misspelt.contains(index) { offsets.append(text.utf8.count + prompt.utf8.count) }
            text += prompt + (misspelt.contains(index) ? #""flashcrad""# : #""flashcard""#)
            text += #", "explanation": "Parce que \#(index).", "back": "Réponse \#(index)"}"#
        }
        text += "\n  ]\n}\n"
        let bytes = Array(text.utf8)
        #expect(bytes.count > 300_000)
        let whole = SourceText(bytes: bytes)
        let expected = offsets.map { whole.position(ofByteOffset: $0) }

        let reading = try DeckDecoder.read(.bytes(bytes, chunkSize: 4_096), file: "deck.json")
        #expect(reading.deck == nil)
        let typeErrors = reading.diagnostics.filter { $0.field == "type" }
        #expect(typeErrors.map(\.questionID) == misspelt.sorted().map { "q\($0)" })
        #expect(typeErrors.map(\.position) == expected)
        #expect(typeErrors.allSatisfy { $0.message.contains("did you mean 'flashcard'?") })
    }
}
