import TextFormats

/// The cue lints of one question, reported as warnings where the cue is written: a key much
/// longer than its distractors, an "all/none of the above" choice, a distractor without feedback.
struct QuestionCueCheck {
    /// A key this many times the distractors' mean length stands out on sight.
    static let keyLengthRatio = 2.0

    let sink: DiagnosticSink

    /// - Parameters:
    ///   - item: the question's JSON object, for the positions of its choices.
    ///   - places: how many places each lint has named in this deck so far.
    /// - Returns: for a single-answer question, whether its key is the uniquely longest choice
    ///   (for `DeckCueTally`); `nil` for other questions.
    @discardableResult
    func check(id: String, kind: Question.Kind, item: JSONNode, places: inout LintPlaces) -> Bool? {
        guard case .multipleChoice(let choices, let correct, let multiple) = kind else { return nil }
        // Looked up only when there is something to report.
        func member(_ key: String) -> JSONNode? { item.objectValue?.first { $0.key == key }?.value }
        func offset(_ index: Int) -> Int {
            let nodes = member("choices")?.arrayValue ?? []
            return index < nodes.count ? nodes[index].offset : item.offset
        }
        for (index, choice) in choices.enumerated()
        where ItemCues.isAboveChoice(choice.text) && places.admit(.aboveChoice) {
            sink.report(
                .warning, at: offset(index),
                "\"\(choice.text)\" is a choice students learn to pick (or rule out) without knowing the "
                    + "content; write a distractor of its own instead",
                question: id, field: "choices[\(index)]")
        }
        for (index, choice) in choices.enumerated()
        where choice.feedback == nil && !correct.contains(index) && places.admit(.noFeedback) {
            sink.report(
                .warning, at: offset(index),
                "this distractor has no feedback; write {\"text\": …, \"feedback\": …} saying why it is wrong",
                question: id, field: "choices[\(index)]")
        }
        guard !multiple, let key = correct.first, choices.count > 1 else { return nil }
        // Compared by UTF-8 length, which a string knows without counting (the same as the
        // characters for the deck's text, and close for accented text); a key that stands out by
        // that measure is measured exactly before it is reported.
        let keyBytes = choices[key].text.utf8.count
        var distractorBytes = 0
        var longestDistractor = 0
        for index in choices.indices where index != key {
            let length = choices[index].text.utf8.count
            distractorBytes += length
            longestDistractor = max(longestDistractor, length)
        }
        let longest = keyBytes > longestDistractor
        guard distractorBytes > 0,
            Double(keyBytes * (choices.count - 1)) >= Self.keyLengthRatio * Double(distractorBytes)
        else { return longest }
        let keyLength = ItemCues.length(choices[key].text)
        let distractorTotal = choices.indices.reduce(0) {
            $0 + ($1 == key ? 0 : ItemCues.length(choices[$1].text))
        }
        let mean = Double(distractorTotal) / Double(choices.count - 1)
        guard mean > 0, Double(keyLength) >= Self.keyLengthRatio * mean, places.admit(.longKey) else {
            return longest
        }
        let answerOffset = member("answer")?.offset ?? offset(key)
        sink.report(
            .warning, at: answerOffset,
            "the key (choice \(key), \(keyLength) characters) is \(Self.figure(Double(keyLength) / mean)) "
                + "times the distractors' mean length (\(Self.figure(mean)) characters); students learn to "
                + "pick the longest choice: shorten the key or give the distractors the same detail",
            question: id, field: "answer")
        return longest
    }

    /// One decimal place, without a trailing ".0".
    static func figure(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
