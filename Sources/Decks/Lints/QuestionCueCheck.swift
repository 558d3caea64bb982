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
    func check(id: String, kind: Question.Kind, item: JSONNode, places: inout LintPlaces) {
        guard case .multipleChoice(let choices, let correct, let multiple) = kind else { return }
        let members = item.objectValue ?? []
        let choiceNodes = members.first { $0.key == "choices" }?.value.arrayValue ?? []
        func offset(_ index: Int) -> Int {
            index < choiceNodes.count ? choiceNodes[index].offset : item.offset
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
        guard !multiple, let key = correct.first, choices.count > 1 else { return }
        let lengths = choices.map { ItemCues.length($0.text) }
        let distractorTotal = lengths.reduce(0, +) - lengths[key]
        let mean = Double(distractorTotal) / Double(choices.count - 1)
        guard mean > 0, Double(lengths[key]) >= Self.keyLengthRatio * mean, places.admit(.longKey) else {
            return
        }
        let answerOffset = members.first { $0.key == "answer" }?.value.offset ?? offset(key)
        sink.report(
            .warning, at: answerOffset,
            "the key (choice \(key), \(lengths[key]) characters) is \(Self.figure(Double(lengths[key]) / mean)) "
                + "times the distractors' mean length (\(Self.figure(mean)) characters); students learn to "
                + "pick the longest choice: shorten the key or give the distractors the same detail",
            question: id, field: "answer")
    }

    /// One decimal place, without a trailing ".0".
    static func figure(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
