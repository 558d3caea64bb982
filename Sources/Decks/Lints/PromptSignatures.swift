import TextFormats

/// The words of every prompt of one deck file (`PromptWords`), kept compactly while the deck is
/// read so near-identical prompts can be found across decks afterwards, even when the
/// questions themselves are not kept (`palpate check` of a large deck).
///
/// A matching or ordering question's items count with its prompt: "Match each muscle to its
/// referral zone." asks something different with different pairs.
public struct PromptSignatures: Sendable, Equatable {
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

    mutating func add(id: String, position: SourcePosition, prompt: String, kind: Question.Kind) {
        var texts = [prompt]
        switch kind {
        case .matching(let pairs): texts += pairs.flatMap { [$0.left, $0.right] }
        case .ordering(let steps): texts += steps
        default: break
        }
        ids.append(id)
        positions.append(position)
        words += PromptWords.hashes(texts)
        ends.append(Int32(words.count))
    }

    func words(of index: Int) -> ArraySlice<UInt32> {
        words[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
    }
}
