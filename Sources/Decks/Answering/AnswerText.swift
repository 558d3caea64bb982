import TextFormats

/// A typed answer in the author's terms, so the class view can say which wrong answer was given
/// most often: the text of the choice picked, not the letter it happened to be shown under.
public enum AnswerText {
    /// The answer `line` to `question` shown with `presentation`, described by its content;
    /// `nil` when the line cannot be read as an answer.
    public static func canonical(_ line: String, question: Question, presentation: Presentation) -> String? {
        if case .region(let answer) = question.kind, presentation.regions.isEmpty {
            // Without the board (a report), the line is what the session stored: the names.
            let names = line.split(separator: "+").map { answer.canonical($0.trimmingWhitespace()) }
            return names.allSatisfy({ Slug.isValid($0) }) ? names.joined(separator: " + ") : nil
        }
        guard
            case .answer(let response) = ResponseParser.parse(
                line, question: question, presentation: presentation)
        else { return nil }
        switch (response, question.kind) {
        case (.choices(let picked), .multipleChoice(let choices, _, _)):
            return picked.filter { choices.indices.contains($0) }.map { choices[$0].text }.joined(
                separator: " + ")
        case (.trueFalse(let value), _):
            return value ? "true" : "false"
        case (.matching(let matched), .matching(let pairs)):
            return zip(pairs, matched).map { pair, right in
                pair.left + " → " + (pairs.indices.contains(right) ? pairs[right].right : "?")
            }.joined(separator: "; ")
        case (.ordering(let order), .ordering(let steps)):
            return order.filter { steps.indices.contains($0) }.map { steps[$0] }.joined(separator: " → ")
        case (.text(let text), _):
            return AnswerNormalizer.normalize(text)
        case (.regions(let picked), _):
            return picked.joined(separator: " + ")
        default:
            return nil
        }
    }

    /// The right answer to `question` described the way `canonical` describes a given one (the
    /// texts of the correct choices, `true`/`false`, the pairs, the steps in order, the first
    /// accepted text), so a report can set the two side by side; `nil` for a self-graded card,
    /// whose back is not an answer the student gave.
    public static func key(of question: Question) -> String? {
        switch question.kind {
        case .multipleChoice(let choices, let correct, _):
            return correct.filter { choices.indices.contains($0) }.map { choices[$0].text }.joined(
                separator: " + ")
        case .trueFalse(let answer):
            return answer ? "true" : "false"
        case .matching(let pairs):
            return pairs.map { $0.left + " → " + $0.right }.joined(separator: "; ")
        case .ordering(let steps):
            return steps.joined(separator: " → ")
        case .shortAnswer(let accepted):
            return accepted.first
        case .cloze(let text, let deletion):
            return (try? ClozeText(parsing: text))?.answers(for: deletion).joined(separator: "; ")
        case .region(let answer):
            return answer.essential.map(answer.canonical).joined(separator: " + ")
        case .flashcard:
            return nil
        }
    }

    /// Whether a typed answer means the same whatever order the question was shown in: true for
    /// true/false and typed answers, false where the student picks shuffled items by letter.
    public static func isOrderIndependent(_ type: QuestionType) -> Bool {
        switch type {
        case .trueFalse, .shortAnswer, .cloze: true
        case .multipleChoice, .matching, .ordering, .flashcard, .region: false
        }
    }
}
