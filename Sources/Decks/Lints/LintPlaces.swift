/// Caps how many places each per-question lint names in one deck file.
///
/// A generated or imported deck can trip one lint thousands of times (every distractor without
/// feedback); the first places show the pattern, and a line saying how many more keeps the
/// output readable and `palpate check` of a 100,000-question deck as fast as without lints.
struct LintPlaces {
    static let perDeck = 25

    enum Lint: CaseIterable {
        case noFeedback, longKey, aboveChoice, nearDuplicate

        /// The summary's words for the places left out: "… more `distractors without feedback`".
        var plural: String {
            switch self {
            case .noFeedback: "distractors without feedback"
            case .longKey: "keys at least twice their distractors' mean length"
            case .aboveChoice: "\"all/none of the above\" choices"
            case .nearDuplicate: "near-identical prompts"
            }
        }
    }

    private var counts: [Int] = Array(repeating: 0, count: Lint.allCases.count)

    /// Counts a place, and says whether to name it.
    mutating func admit(_ lint: Lint) -> Bool {
        let index = Lint.allCases.firstIndex(of: lint) ?? 0
        counts[index] += 1
        return counts[index] <= Self.perDeck
    }

    /// One message per lint that had places left out.
    var summaries: [String] {
        Lint.allCases.enumerated().compactMap { index, lint in
            let more = counts[index] - Self.perDeck
            guard more > 0 else { return nil }
            return "\(more) more \(lint.plural) in this deck are not listed (the first \(Self.perDeck) are); "
                + "fix those and check again"
        }
    }
}
