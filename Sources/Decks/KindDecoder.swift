import TextFormats

/// The type-specific part of a question: choices and answers, pairs, steps, accepted answers.
struct KindDecoder {
    static let choiceKeys = ["text", "feedback", "misconception"]

    let reader: ObjectReader
    let sink: DiagnosticSink

    private var question: String? { reader.question }

    mutating func multipleChoice() -> Question.Kind? {
        guard let items = reader.array("choices", "choices", minimum: 2) else { return nil }
        var choices: [Choice] = []
        for (index, item) in items.enumerated() {
            if item.stringValue != nil {
                if let text = ObjectReader.text(
                    item, sink: sink, question: question, field: "choices[\(index)]")
                {
                    choices.append(Choice(text))
                }
            } else if let object = ObjectReader(
                item, sink: sink, question: question, path: "choices[\(index)]",
                vocabulary: Self.choiceKeys, what: "a choice (text, or { \"text\": …, \"feedback\": … })"
            ) {
                object.rejectUnknownKeys(allowed: Self.choiceKeys, context: "a choice")
                let misconception = object.optionalText("misconception")
                if let misconception, !Slug.isValid(misconception),
                    let member = object.member("misconception")
                {
                    sink.report(
                        .error, at: member.value.offset,
                        "'\(misconception)' is not a valid misconception id; use \(Slug.rule)",
                        question: question,
                        field: "choices[\(index)].misconception")
                }
                if let text = object.text("text", "the choice's text") {
                    choices.append(
                        Choice(text, feedback: object.optionalText("feedback"), misconception: misconception))
                }
            }
        }
        guard choices.count == items.count else { return nil }
        reportDuplicates(choices.map(\.text), nodes: items, field: "choices", what: "choice")
        let multiple = reader.optionalBool("multiple") ?? false
        guard let correct = choiceAnswer(choiceCount: choices.count, multiple: multiple) else { return nil }
        if multiple, correct.count == 1, let member = reader.member("multiple") {
            sink.report(
                .warning, at: member.value.offset,
                "\"multiple\": true but only one choice is correct; students are told to choose all that apply",
                question: question, field: "multiple")
        }
        return .multipleChoice(choices: choices, correct: correct, multiple: multiple)
    }

    private func choiceAnswer(choiceCount: Int, multiple: Bool) -> [Int]? {
        let range = "0–\(choiceCount - 1)"
        guard
            let member = reader.requireMember(
                "answer", "'answer' (the index of the correct choice, \(range))")
        else {
            return nil
        }
        let nodes: [JSONNode]
        if let list = member.value.arrayValue {
            nodes = list
        } else {
            nodes = [member.value]
        }
        if nodes.isEmpty {
            sink.report(
                .error, at: member.value.offset, "lists no correct choice; give the index of one (\(range))",
                question: question, field: "answer")
            return nil
        }
        var indices: [Int] = []
        for node in nodes {
            guard let index = node.integerValue else {
                sink.report(
                    .error, at: node.offset,
                    "must be a choice index (\(range)) or a list of them, not \(describe(node)); choices count from 0",
                    question: question, field: "answer")
                return nil
            }
            guard (0..<choiceCount).contains(index) else {
                sink.report(
                    .error, at: node.offset,
                    "answer \(index) is out of range; this question has choices \(range) (choices count from 0)",
                    question: question, field: "answer")
                return nil
            }
            if indices.contains(index) {
                sink.report(
                    .error, at: node.offset, "choice \(index) is listed twice", question: question,
                    field: "answer")
                return nil
            }
            indices.append(index)
        }
        if !multiple, indices.count > 1 {
            sink.report(
                .error, at: member.value.offset,
                "a single-answer question has \(indices.count) correct answers "
                    + "(\(indices.map(String.init).joined(separator: ", "))); keep one, or add \"multiple\": true "
                    + "if students should choose all that apply",
                question: question, field: "answer")
            return nil
        }
        return indices.sorted()
    }

    func trueFalse() -> Question.Kind? {
        guard let member = reader.requireMember("answer", "'answer' (true or false)") else { return nil }
        guard let answer = member.value.boolValue else {
            sink.report(
                .error, at: member.value.offset,
                "must be true or false (without quotes), not \(describe(member.value))",
                question: question, field: "answer")
            return nil
        }
        return .trueFalse(answer: answer)
    }

    func matching() -> Question.Kind? {
        guard let items = reader.array("pairs", "pairs", minimum: 2) else { return nil }
        var pairs: [MatchingPair] = []
        for (index, item) in items.enumerated() {
            let field = "pairs[\(index)]"
            guard
                let object = ObjectReader(
                    item, sink: sink, question: question, path: field, vocabulary: ["left", "right"],
                    what: "a pair { \"left\": …, \"right\": … }")
            else { continue }
            object.rejectUnknownKeys(allowed: ["left", "right"], context: "a pair")
            let left = object.text("left", "the item to match, e.g. a muscle")
            let right = object.text("right", "what it matches, e.g. its referral zone")
            if let left, let right { pairs.append(MatchingPair(left: left, right: right)) }
        }
        guard pairs.count == items.count else { return nil }
        reportDuplicates(pairs.map(\.left), nodes: items, field: "pairs", what: "left item")
        reportDuplicates(pairs.map(\.right), nodes: items, field: "pairs", what: "right item")
        return .matching(pairs: pairs)
    }

    func ordering() -> Question.Kind? {
        guard let steps = textList("steps", "steps (in the correct order)", minimum: 2) else { return nil }
        return .ordering(steps: steps)
    }

    func shortAnswer() -> Question.Kind? {
        guard let accepted = textList("accept", "accepted answers", minimum: 1) else { return nil }
        return .shortAnswer(accepted: accepted)
    }

    /// A cloze text: checked here, split into one card per deletion number by the collector
    /// (`QuestionDecoder.Checked.cards`); the deletion is 0 until then.
    func cloze() -> Question.Kind? {
        guard
            let text = reader.text("text", "the text with deletions, e.g. \"The {{c1::upper trapezius}} …\"")
        else { return nil }
        do {
            _ = try ClozeText(parsing: text)
        } catch {
            sink.report(
                .error, at: reader.member("text")?.value.offset ?? 0, error.description, question: question,
                field: "text")
            return nil
        }
        return .cloze(text: text, deletion: 0)
    }

    func flashcard() -> Question.Kind? {
        reader.text("back", "the back of the card").map { .flashcard(back: $0) }
    }

    private func textList(_ key: String, _ what: String, minimum: Int) -> [String]? {
        guard let items = reader.array(key, what, minimum: minimum) else { return nil }
        let texts = items.enumerated().compactMap { index, item in
            ObjectReader.text(item, sink: sink, question: question, field: "\(key)[\(index)]")
        }
        guard texts.count == items.count else { return nil }
        reportDuplicates(texts, nodes: items, field: key, what: key == "accept" ? "accepted answer" : "step")
        return texts
    }

    /// Two entries that read the same (ignoring case, accents and spacing) confuse students.
    private func reportDuplicates(_ texts: [String], nodes: [JSONNode], field: String, what: String) {
        // Compared by fingerprint, confirmed in full: almost no entries are equal, so the
        // normalized texts are built only for the rare candidates. Lists hold a handful of
        // entries, where comparing each with those before it beats hashing; a long list is
        // hashed, so a hostile deck cannot make this quadratic.
        let keys = texts.map(AnswerNormalizer.fingerprint)
        var firstIndexByKey: [UInt64: Int] = [:]
        for index in keys.indices {
            let candidate: Int?
            if keys.count <= 16 {
                candidate = keys[..<index].firstIndex(of: keys[index])
            } else {
                candidate = firstIndexByKey[keys[index]]
                if candidate == nil { firstIndexByKey[keys[index]] = index }
            }
            guard let candidate,
                let first = texts[candidate...index].firstIndex(where: {
                    AnswerNormalizer.normalize($0) == AnswerNormalizer.normalize(texts[index])
                }), first < index
            else { continue }
            let severity: Diagnostic.Severity = what == "accepted answer" ? .warning : .error
            sink.report(
                severity, at: nodes[index].offset,
                "duplicate \(what): \(field)[\(index)] reads the same as \(field)[\(first)] (\"\(texts[index].prefix(40))\")",
                question: question, field: "\(field)[\(index)]")
        }
    }
}
