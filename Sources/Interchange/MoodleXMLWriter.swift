import Decks
import Foundation

/// A deck written as Moodle XML that Moodle's question bank imports: ordering questions as the
/// `ordering` type, cloze questions as embedded answers (`multianswer`, one `SHORTANSWER` gap per
/// deletion, a hint shown after its gap), choice feedback and explanations carried over, text HTML-escaped then XML-escaped.
/// Flashcards have no Moodle form and are left out with a note.
public enum MoodleXMLWriter {
    public static func write(_ deck: Deck) -> (text: String, notes: [ImportNote]) {
        var output =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \(xml(deck.title)) (\(deck.id)), exported by palpate -->\n<quiz>\n"
        output +=
            "  <question type=\"category\">\n    <category><text>\(xml("$course$/top/" + deck.title))</text></category>\n  </question>\n"
        var notes: [ImportNote] = []
        for question in AuthoredQuestions.of(deck) {
            switch element(question) {
            case .success(let text):
                output += text
                notes.append(.exported(question, of: deck))
            case .failure(let skip):
                notes.append(.exported(question, of: deck, skippedBecause: skip.reason))
            }
        }
        return (output + "</quiz>\n", notes)
    }

    /// Text for an XML text node or attribute: the same five characters as HTML.
    static func xml(_ text: String) -> String { HTMLText.escape(text) }

    /// `<name><text>…</text></name>`-style: an HTML text, escaped twice (HTML, then XML).
    private static func html(_ tag: String, _ text: String, indent: String = "    ") -> String {
        "\(indent)<\(tag) format=\"html\"><text>\(xml(HTMLText.escape(text)))</text></\(tag)>\n"
    }

    static func element(_ question: ImportedQuestion) -> Result<String, Skip> {
        let type: String
        var body = ""
        switch question.kind {
        case .multipleChoice(let choices, let correct, let multiple):
            type = "multichoice"
            body +=
                "    <single>\(multiple ? "false" : "true")</single>\n    <shuffleanswers>true</shuffleanswers>\n"
            for (index, choice) in choices.enumerated() {
                let fraction =
                    correct.contains(index)
                    ? (multiple ? GIFTWriter.weight(100, correct.count) : "100")
                    : (multiple ? "-" + GIFTWriter.weight(100, choices.count - correct.count) : "0")
                body += answer(fraction, choice.text, feedback: choice.feedback)
            }
        case .trueFalse(let value):
            type = "truefalse"
            body += answer(value ? "100" : "0", "true", format: "moodle_auto_format")
            body += answer(value ? "0" : "100", "false", format: "moodle_auto_format")
        case .matching(let pairs):
            type = "matching"
            body += "    <shuffleanswers>true</shuffleanswers>\n"
            for pair in pairs {
                body +=
                    "    <subquestion format=\"html\"><text>\(xml(HTMLText.escape(pair.left)))</text>"
                    + "<answer><text>\(xml(HTMLText.escape(pair.right)))</text></answer></subquestion>\n"
            }
        case .shortAnswer(let accepted):
            type = "shortanswer"
            body += "    <usecase>0</usecase>\n"
            for text in accepted { body += answer("100", text, format: "moodle_auto_format") }
        case .ordering(let steps):
            type = "ordering"
            body +=
                "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n"
                + "    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n"
            for (index, step) in steps.enumerated() { body += answer("\(index + 1)", step) }
        case .flashcard:
            return .failure(Skip("a self-graded flashcard has no Moodle question type that grades it"))
        case .region:
            return .failure(
                Skip("a region question is answered on Palpate's body map, which Moodle cannot show"))
        case .cloze(let text, _):
            guard let cloze = try? ClozeText(parsing: text) else {
                return .failure(Skip("its cloze text does not parse"))
            }
            type = "multianswer"
            var gaps = 0
            let embedded = cloze.segments.map { segment in
                switch segment {
                case .text(let text):
                    return HTMLText.escape(text)
                case .deletion(let number, let answer, let hint):
                    gaps += 1
                    return "{1:SHORTANSWER:=\(clozeEscape(HTMLText.escape(answer)))}"
                        + MoodleCloze.marker(number: number, hint: hint, gap: gaps)
                }
            }.joined()
            return .success(
                "  <question type=\"multianswer\">\n    <name><text>\(xml(question.id))</text></name>\n"
                    + "    <questiontext format=\"html\"><text>\(xml(embedded))</text></questiontext>\n"
                    + html("generalfeedback", question.explanation) + tags(question.tags) + "  </question>\n")
        }
        return .success(
            "  <question type=\"\(type)\">\n    <name><text>\(xml(question.id))</text></name>\n"
                + html("questiontext", question.prompt) + html("generalfeedback", question.explanation)
                + "    <defaultgrade>1</defaultgrade>\n" + body + tags(question.tags) + "  </question>\n")
    }

    /// The question's tags as Moodle's question bank keeps them (they were dropped, and an
    /// instructor's round trip through Moodle lost them).
    private static func tags(_ tags: [String]) -> String {
        guard !tags.isEmpty else { return "" }
        return "    <tags>\n" + tags.map { "      <tag><text>\(xml($0))</text></tag>\n" }.joined()
            + "    </tags>\n"
    }

    private static func answer(
        _ fraction: String, _ text: String, format: String = "html", feedback: String? = nil
    )
        -> String
    {
        let value = format == "html" ? HTMLText.escape(text) : text
        return "    <answer fraction=\"\(fraction)\" format=\"\(format)\"><text>\(xml(value))</text>"
            + (feedback.map {
                "<feedback format=\"html\"><text>\(xml(HTMLText.escape($0)))</text></feedback>"
            } ?? "")
            + "</answer>\n"
    }

    /// An embedded answer's special characters (`}`, `~`, `#`, `\`) escaped as Moodle's Cloze wants.
    private static func clozeEscape(_ text: String) -> String {
        var output = ""
        for character in text {
            if "}~#\\".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
