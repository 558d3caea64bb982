import Foundation
import Testing

@testable import Content

private let smallDeck = Array(
    """
    {
      "id": "neck",
      "questions": [{"id": "q1", "answer": true, "tags": ["a", "b"], "prompt": "Is it?"}]
    }

    """.utf8)

private let smallLesson = Array("---\nid: neck\ntitle: Neck\norder: 1\n---\n## Part {#part}\n\nText.\n".utf8)

@Suite struct ContentMutatorTests {
    @Test func theSameSeedGivesTheSameDamage() {
        var first = ContentMutator(seed: 42)
        var second = ContentMutator(seed: 42)
        for _ in 0..<200 {
            let a = first.mutate(smallDeck, format: .json)
            let b = second.mutate(smallDeck, format: .json)
            #expect(a.bytes == b.bytes)
            #expect(a.mutations == b.mutations)
        }
        var other = ContentMutator(seed: 43)
        var again = ContentMutator(seed: 42)
        let outputs = (0..<20).map { _ in other.mutate(smallDeck, format: .json).bytes }
        #expect(outputs != (0..<20).map { _ in again.mutate(smallDeck, format: .json).bytes })
    }

    @Test func everyMutationIsChosenSometimes() {
        var mutator = ContentMutator(seed: 7)
        var seen = Set<ContentMutator.Mutation>()
        for _ in 0..<500 { seen.formUnion(mutator.mutate(smallLesson, format: .markdown).mutations) }
        #expect(seen == Set(ContentMutator.Mutation.allCases))
    }

    @Test func eachMutationDoesWhatItsNameSays() {
        var mutator = ContentMutator(seed: 1)
        for _ in 0..<50 {
            let cut = mutator.apply(.truncate, to: smallDeck, format: .json)
            #expect(cut.count < smallDeck.count && smallDeck.starts(with: cut))
            #expect(mutator.apply(.deleteBytes, to: smallDeck, format: .json).count < smallDeck.count)
            #expect(mutator.apply(.duplicateBytes, to: smallDeck, format: .json).count > smallDeck.count)
            let swapped = mutator.apply(.swapTokens, to: smallDeck, format: .json)
            #expect(swapped.sorted() == smallDeck.sorted())
            #expect(mutator.apply(.wrongType, to: smallDeck, format: .json) != smallDeck)
            #expect(mutator.apply(.wrongType, to: smallLesson, format: .markdown) != smallLesson)
            #expect(mutator.apply(.hugeString, to: smallDeck, format: .json).count >= smallDeck.count + 1_000)
            #expect(
                mutator.apply(.hugeString, to: smallLesson, format: .markdown).count >= smallLesson.count
                    + 1_000)
            let nested = mutator.apply(.deepNesting, to: smallDeck, format: .json)
            #expect(nested.count { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") } > 3)
            let invalid = mutator.apply(.invalidUTF8, to: smallLesson, format: .markdown)
            #expect(String(validating: invalid, as: UTF8.self) == nil)
            #expect(
                mutator.apply(.byteOrderMark, to: smallDeck, format: .json).starts(with: [0xEF, 0xBB, 0xBF]))
            let windows = mutator.apply(.crlf, to: smallLesson, format: .markdown)
            #expect(windows.count == smallLesson.count + smallLesson.count { $0 == 0x0A })
            let controlled = mutator.apply(.controlCharacters, to: smallLesson, format: .markdown)
            #expect(controlled.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 })
        }
    }

    @Test func theSizeOfHugeStringsAndNestingCanBeRaisedForLongRuns() {
        var mutator = ContentMutator(seed: 9)
        mutator.hugeStringLength = 300_000...300_000
        mutator.maximumNestingDepth = 1
        #expect(mutator.apply(.hugeString, to: smallLesson, format: .markdown).count >= 300_000)
        let nested = mutator.apply(.deepNesting, to: smallDeck, format: .json)
        #expect(nested.count - smallDeck.count <= 7)
    }
}
