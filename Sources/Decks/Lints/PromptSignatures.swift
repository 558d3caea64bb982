import TextFormats

/// The words of every prompt of one deck file (`PromptWords`), kept compactly while the deck is
/// read so near-identical prompts can be found across decks afterwards, even when the
/// questions themselves are not kept (`palpate check` of a large deck).
///
/// A matching or ordering question's items count with its prompt: "Match each muscle to its
/// referral zone." asks something different with different pairs.
public struct PromptSignatures: Sendable {
    public let file: String
    var ids: [String] = []
    var positions: [SourcePosition] = []
    /// Each question's sorted word hashes, one after another; `ends[i]` is where question `i`'s end.
    var words: [UInt32] = []
    var ends: [Int32] = []

    public init(file: String) {
        self.file = file
    }

    public var count: Int { ids.count }

    /// Each question's id and where it is written, in file order: enough to check ids across
    /// decks whose questions were not kept.
    public var questionIDs: [(id: String, position: SourcePosition)] { Array(zip(ids, positions)) }

    mutating func add(id: String, position: SourcePosition, prompt: String, kind: Question.Kind) {
        let start = words.count
        PromptWords.add(prompt, into: &words)
        switch kind {
        case .matching(let pairs):
            for pair in pairs {
                PromptWords.add(pair.left, into: &words)
                PromptWords.add(pair.right, into: &words)
            }
        case .ordering(let steps):
            for step in steps { PromptWords.add(step, into: &words) }
        default: break
        }
        PromptWords.sortUnique(&words, from: start)
        ids.append(id)
        positions.append(position)
        ends.append(Int32(words.count))
    }

    func words(of index: Int) -> ArraySlice<UInt32> {
        words[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
    }
}
