import Decks
import Foundation

/// A deck written as GIFT that Moodle imports: each question titled with its id, choice feedback
/// as `#…`, the explanation as `####…`, text escaped. Ordering questions and flashcards have no
/// GIFT form and cloze questions only one with a single blank: they are left out, each with a note.
public enum GIFTWriter {
    public static func write(_ deck: Deck) -> (text: String, notes: [ImportNote]) {
        var blocks: [String] = [
            "// \(deck.title) (\(deck.id)), exported by palpate", "$CATEGORY: \(deck.title)",
        ]
        var notes: [ImportNote] = []
        for question in AuthoredQuestions.of(deck) {
            switch block(question) {
            case .success(let text):
                blocks.append(text)
                notes.append(.exported(question, of: deck))
            case .failure(let skip):
                notes.append(.exported(question, of: deck, skippedBecause: skip.reason))
            }
        }
        return (blocks.joined(separator: "\n\n") + "\n", notes)
    }

    private static func escape(_ text: String) -> String { GIFTEscapes.escape(text) }

    static func block(_ question: ImportedQuestion) -> Result<String, Skip> {
        let title = "::\(question.id)::"
        let prompt = escape(question.prompt)
        let general = " ####" + escape(question.explanation)
        switch question.kind {
        case .multipleChoice(let choices, let correct, let multiple):
            let lines = choices.enumerated().map { index, choice in
                let mark: String
                if multiple {
                    mark =
                        correct.contains(index)
                        ? "~%\(weight(100, correct.count))%"
                        : "~%-\(weight(100, choices.count - correct.count))%"
                } else {
                    mark = correct.contains(index) ? "=" : "~"
                }
                return "  " + mark + escape(choice.text) + (choice.feedback.map { "#" + escape($0) } ?? "")
            }
            return .success(title + prompt + "{\n" + lines.joined(separator: "\n") + "\n " + general + "\n}")
        case .trueFalse(let answer):
            return .success(title + prompt + "{" + (answer ? "TRUE" : "FALSE") + general + "}")
        case .matching(let pairs):
            if pairs.contains(where: { $0.left.contains("->") || $0.right.contains("->") }) {
                return .failure(Skip("a pair holds '->', which GIFT cannot escape"))
            }
            let lines = pairs.map { "  =" + escape($0.left) + " -> " + escape($0.right) }
            return .success(title + prompt + "{\n" + lines.joined(separator: "\n") + "\n " + general + "\n}")
        case .shortAnswer(let accepted):
            return .success(
                title + prompt + "{" + accepted.map { "=" + escape($0) }.joined(separator: " ") + general
                    + "}")
        case .ordering:
            return .failure(
                Skip("GIFT has no ordering question; export it as Moodle XML (--format moodle-xml)"))
        case .flashcard:
            return .failure(Skip("a self-graded flashcard has no GIFT form"))
        case .region:
            return .failure(
                Skip("a region question is answered on Palpate's body map, which GIFT cannot show"))
        case .cloze(let text, _):
            guard let cloze = try? ClozeText(parsing: text),
                cloze.segments.count { if case .deletion = $0 { true } else { false } } == 1,
                let index = cloze.segments.firstIndex(where: {
                    if case .deletion = $0 { true } else { false }
                }),
                case .deletion(_, let answer, nil) = cloze.segments[index]
            else {
                return .failure(
                    Skip(
                        "GIFT's missing-word form has one blank and no hint; export it as Moodle XML (--format moodle-xml)"
                    ))
            }
            let before = cloze.segments[..<index].map(plain).joined()
            let after = cloze.segments[(index + 1)...].map(plain).joined()
            guard !after.trimmed.isEmpty else {
                return .failure(
                    Skip("a blank at the very end of the text reads as a short-answer question in GIFT"))
            }
            return .success(title + escape(before) + "{=" + escape(answer) + general + "}" + escape(after))
        }
    }

    private static func plain(_ segment: ClozeText.Segment) -> String {
        if case .text(let text) = segment { text } else { "" }
    }

    /// A share of 100 as GIFT writes weights: `50`, `33.33333`.
    static func weight(_ total: Int, _ parts: Int) -> String {
        let value = Double(total) / Double(max(parts, 1))
        return value == value.rounded() ? String(Int(value)) : String(format: "%.5f", value)
    }
}
