/// The cue lints of a whole deck, counted question by question as the deck is read and reported
/// once at the end with the figures: true/false balance, the key as the longest choice, and
/// absolute words only in false statements.
struct DeckCueTally {
    /// Below this many true/false questions, an uneven split says nothing.
    static let minimumTrueFalse = 4
    /// The share of true statements a deck should keep within.
    static let balancedTrueShare = 0.35...0.65
    /// Below this many single-answer questions, the longest-key count says nothing.
    static let minimumSingleAnswer = 4
    /// Statements with an absolute word needed before their truth counts as a pattern.
    static let minimumAbsoluteStatements = 2
    /// How many question ids a warning names as examples.
    static let exampleCount = 3

    private(set) var trueFalse = 0
    private(set) var trueCount = 0
    private var falseIDs: [String] = []
    private var trueIDs: [String] = []
    private(set) var singleAnswer = 0
    private(set) var longestKey = 0
    private var longestKeyIDs: [String] = []
    private(set) var absoluteStatements = 0
    private(set) var absoluteFalse = 0
    private var absoluteWordsSeen: [String] = []
    private var absoluteFalseIDs: [String] = []

    /// - Parameter keyIsLongest: for a single-answer question, whether its key is the uniquely
    ///   longest choice (`QuestionCueCheck` works it out).
    ///   - promptWords: the prompt's word hashes (`PromptWords`), for its absolute words.
    mutating func add(id: String, kind: Question.Kind, promptWords: ArraySlice<UInt32>, keyIsLongest: Bool?) {
        switch kind {
        case .trueFalse(let answer):
            trueFalse += 1
            if answer {
                trueCount += 1
                Self.note(id, in: &trueIDs)
            } else {
                Self.note(id, in: &falseIDs)
            }
            let words = ItemCues.absoluteWords(amongHashes: promptWords)
            if !words.isEmpty {
                absoluteStatements += 1
                if !answer {
                    absoluteFalse += 1
                    Self.note(id, in: &absoluteFalseIDs)
                }
                for word in words where !absoluteWordsSeen.contains(word) { absoluteWordsSeen.append(word) }
            }
        case .multipleChoice:
            guard let keyIsLongest else { return }
            singleAnswer += 1
            if keyIsLongest {
                longestKey += 1
                Self.note(id, in: &longestKeyIDs)
            }
        default:
            return
        }
    }

    private static func note(_ id: String, in examples: inout [String]) {
        if examples.count < exampleCount { examples.append(id) }
    }

    /// The deck's warnings, as messages (the deck reports them at its `questions` field).
    var warnings: [String] {
        var messages: [String] = []
        if trueFalse >= Self.minimumTrueFalse {
            let share = Double(trueCount) / Double(trueFalse)
            if !Self.balancedTrueShare.contains(share) {
                let majority = share > Self.balancedTrueShare.upperBound ? "true" : "false"
                let examples = majority == "true" ? trueIDs : falseIDs
                messages.append(
                    "\(trueCount) of \(trueFalse) true/false statements are true (\(Self.percent(share))); "
                        + "a student who answers '\(majority)' every time scores \(Self.percent(max(share, 1 - share))) "
                        + "without knowing the content. Keep between 35% and 65% true (mostly \(majority): "
                        + "\(Self.list(examples)), …)")
            }
        }
        if singleAnswer >= Self.minimumSingleAnswer, longestKey * 2 > singleAnswer {
            messages.append(
                "the key is the longest choice in \(longestKey) of \(singleAnswer) single-answer questions "
                    + "(\(Self.percent(Double(longestKey) / Double(singleAnswer)))), so 'pick the longest' beats "
                    + "chance; make a distractor the longest in more of them (e.g. \(Self.list(longestKeyIDs)))"
            )
        }
        if absoluteStatements >= Self.minimumAbsoluteStatements, absoluteFalse == absoluteStatements {
            let words = absoluteWordsSeen.map { "'\($0)'" }.joined(separator: ", ")
            messages.append(
                "all \(absoluteStatements) true/false statements with an absolute word (\(words)) are false, "
                    + "so the word gives the answer away; write some true statements that use one, or "
                    + "reword (e.g. \(Self.list(absoluteFalseIDs)))")
        }
        return messages
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    private static func list(_ ids: [String]) -> String { ids.map { "'\($0)'" }.joined(separator: ", ") }
}
