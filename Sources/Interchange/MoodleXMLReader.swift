import Decks
import Foundation
import TextFormats

/// Reads Moodle XML (`<quiz><question type="…">`), the format Moodle's question bank exports.
public struct MoodleXMLReader {
    let file: String
    private var ids = QuestionIDs()
    private var categoryTags: [String] = []
    private var result = ImportResult()

    /// - Throws: `InterchangeError` at the line and column where the XML stops being well formed,
    ///   or when its root is not `<quiz>`.
    public static func read(_ data: Data, file: String) throws(InterchangeError) -> ImportResult {
        let root = try XMLItem.parse(data, file: file)
        guard root.name == "quiz" else {
            throw InterchangeError(
                file: file, line: root.line,
                message:
                    "the root element is <\(QuotedInput.escape(root.name, limit: 40))>, not <quiz>: this is not a Moodle XML question bank"
            )
        }
        var reader = MoodleXMLReader(file: file)
        for question in root.all("question") { reader.add(question) }
        return reader.result
    }

    private mutating func add(_ element: XMLItem) {
        let type = element.attributes["type"] ?? ""
        if type == "category" {
            let path = element.child("category")?.plainText ?? ""
            categoryTags = GIFTReader.tags(fromCategory: path)
            if result.category == nil { result.category = GIFTReader.title(ofCategory: path) }
            return
        }
        let title = element.child("name")?.plainText
        let rawText = element.child("questiontext")?.child("text")?.text ?? ""
        let prompt = element.plainText("questiontext")
        let subject = title.flatMap { $0.isEmpty ? nil : $0 } ?? String(prompt.prefix(40))
        var explanation = element.plainText("generalfeedback")
        let converted: Result<(Question.Kind, [String]), Skip>
        switch type {
        case "multichoice": converted = Self.multipleChoice(element)
        case "truefalse": converted = Self.trueFalse(element, explanation: &explanation)
        case "matching": converted = Self.matching(element)
        case "shortanswer": converted = Self.shortAnswer(element)
        case "numerical": converted = Self.numerical(element)
        case "ordering": converted = Self.ordering(element)
        case "multianswer": converted = MoodleCloze.convert(rawText)
        case "ddwtos", "gapselect": converted = MoodleCloze.gaps(element, rawText: rawText, type: type)
        case "essay", "description":
            converted = .failure(
                Skip(
                    "\(type == "essay" ? "an essay" : "a description"): Palpate grades only answers it can check"
                ))
        default:
            converted = .failure(Skip("the question type \(QuotedInput.quote(type)) has no Palpate form"))
        }
        switch converted {
        case .failure(let skip):
            note(element.line, .skipped, subject, skip.reason)
        case .success(let (kind, changesSoFar)):
            var changes = changesSoFar
            if explanation.isEmpty {
                explanation = GIFTAnswers.statedAnswer(kind)
                changes.append("it has no general feedback, so its explanation states the answer")
            }
            let isCloze = QuestionType(kind) == .cloze
            guard isCloze || !prompt.isEmpty else {
                note(element.line, .skipped, subject, "it has no question text")
                return
            }
            var tags = categoryTags
            for tag in element.child("tags")?.all("tag") ?? [] {
                let slug = Slug.make(from: tag.plainText)
                if Slug.isValid(slug), !tags.contains(slug) { tags.append(slug) }
            }
            let base = QuestionIDs.base(title: title, text: rawText)
            let (id, renamed) = ids.claim(base)
            if renamed {
                changes.append("the id '\(base)' was taken by an earlier question, so it is '\(id)'")
            }
            result.questions.append(
                ImportedQuestion(
                    id: id, kind: kind, prompt: isCloze ? "" : prompt, explanation: explanation, tags: tags,
                    line: element.line))
            note(
                element.line, changes.isEmpty ? .converted : .changed, id,
                QuestionType(kind).rawValue + (changes.isEmpty ? "" : "; " + changes.joined(separator: "; ")))
        }
    }

    private mutating func note(
        _ line: Int, _ outcome: ImportNote.Outcome, _ subject: String, _ reason: String
    ) {
        result.notes.append(
            ImportNote(
                file: file, line: line, outcome: outcome, subject: QuotedInput.quote(subject), reason: reason)
        )
    }

    static func fraction(_ answer: XMLItem) -> Double { Double(answer.attributes["fraction"] ?? "0") ?? 0 }

    static func feedback(_ answer: XMLItem) -> String? {
        let text = answer.plainText("feedback")
        return text.isEmpty ? nil : text
    }

    static func multipleChoice(_ element: XMLItem) -> Result<(Question.Kind, [String]), Skip> {
        let multiple = element.child("single")?.text.trimmingWhitespace() == "false"
        var choices: [Choice] = []
        var correct: [Int] = []
        var changes: [String] = []
        for answer in element.all("answer") {
            let text = answer.plainText
            guard !text.isEmpty else { return .failure(Skip("one of its choices is empty")) }
            let fraction = fraction(answer)
            if multiple ? fraction > 0 : fraction >= 100 {
                correct.append(choices.count)
            } else if fraction > 0 {
                changes.append("the partial credit of \(QuotedInput.quote(text)) counts as wrong")
            }
            choices.append(Choice(text, feedback: feedback(answer)))
        }
        guard choices.count >= 2 else {
            return .failure(Skip("a multiple-choice question needs two choices"))
        }
        guard !correct.isEmpty else { return .failure(Skip("none of its choices is fully correct")) }
        if !multiple, let skip = SingleAnswerKey.keepFirst(&choices, correct: &correct, changes: &changes) {
            return .failure(skip)
        }
        return .success((.multipleChoice(choices: choices, correct: correct, multiple: multiple), changes))
    }

    static func trueFalse(_ element: XMLItem, explanation: inout String) -> Result<
        (Question.Kind, [String]), Skip
    > {
        let answers = element.all("answer")
        guard let right = answers.first(where: { fraction($0) >= 100 }) else {
            return .failure(Skip("neither true nor false is marked correct"))
        }
        let value = right.plainText.lowercased() == "true"
        let feedbacks = answers.compactMap(feedback)
        if !feedbacks.isEmpty {
            explanation = ([explanation] + feedbacks).filter { !$0.isEmpty }.joined(separator: " ")
            return .success((.trueFalse(answer: value), ["its answer feedback is added to the explanation"]))
        }
        return .success((.trueFalse(answer: value), []))
    }

    static func matching(_ element: XMLItem) -> Result<(Question.Kind, [String]), Skip> {
        var pairs: [MatchingPair] = []
        var changes: [String] = []
        for sub in element.all("subquestion") {
            let left = sub.plainText
            let right = sub.child("answer")?.plainText ?? ""
            guard !right.isEmpty else { continue }
            if left.isEmpty {
                changes.append(
                    "the extra answer \(QuotedInput.quote(right)) (a pair with no question) is left out")
            } else {
                pairs.append(MatchingPair(left: left, right: right))
            }
        }
        guard pairs.count >= 2 else { return .failure(Skip("a matching question needs two pairs")) }
        return .success((.matching(pairs: pairs), changes))
    }

    static func shortAnswer(_ element: XMLItem) -> Result<(Question.Kind, [String]), Skip> {
        var accepted: [String] = []
        var changes: [String] = []
        for answer in element.all("answer") {
            let text = answer.plainText
            guard !text.isEmpty else { continue }
            if fraction(answer) < 100 {
                changes.append("\(QuotedInput.quote(text)), worth \(Int(fraction(answer)))%, is not accepted")
            } else {
                accepted.append(text)
            }
        }
        guard !accepted.isEmpty else { return .failure(Skip("it has no fully correct answer")) }
        return .success((.shortAnswer(accepted: accepted), changes))
    }

    static func numerical(_ element: XMLItem) -> Result<(Question.Kind, [String]), Skip> {
        var accepted: [String] = []
        for answer in element.all("answer") where fraction(answer) >= 100 {
            let text = answer.plainText
            guard Double(text) != nil else {
                return .failure(Skip("\(QuotedInput.quote(text)) is not a number"))
            }
            let tolerance = Double(answer.child("tolerance")?.text.trimmingWhitespace() ?? "0") ?? 0
            if tolerance != 0 {
                return .failure(
                    Skip(
                        "a numerical answer with a tolerance (\(text) ± \(answer.child("tolerance")?.text ?? "")) cannot be graded as typed text"
                    ))
            }
            accepted.append(text)
        }
        guard !accepted.isEmpty else { return .failure(Skip("it has no fully correct number")) }
        return .success(
            (
                .shortAnswer(accepted: accepted),
                ["a numerical question, made a short-answer question with the exact number"]
            ))
    }

    /// Moodle's ordering question type: its answers in the right order.
    static func ordering(_ element: XMLItem) -> Result<(Question.Kind, [String]), Skip> {
        let steps = element.all("answer").map(\.plainText).filter { !$0.isEmpty }
        guard steps.count >= 2 else { return .failure(Skip("an ordering question needs two steps")) }
        return .success((.ordering(steps: steps), []))
    }
}
