import Decks
import Foundation
import TextFormats

/// Moodle's gap questions made cloze questions: embedded answers (`multianswer`,
/// `{1:SHORTANSWER:=temple}`) and the drag-and-drop and select-missing-words types (`ddwtos`,
/// `gapselect`, `[[1]]` naming a choice). Each gap becomes its own deletion, `c1`, `c2`… in order,
/// holding its correct answer.
enum MoodleCloze {
    static let embeddedTypes = [
        "SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC", "MULTICHOICE", "MC", "MULTICHOICE_V", "MCV",
        "MULTICHOICE_H", "MCH", "MULTIRESPONSE", "MR", "MULTICHOICE_S", "MCS", "NUMERICAL", "NM",
    ]

    static func convert(_ html: String) -> Result<(Question.Kind, [String]), Skip> {
        var output = ""
        var gaps = 0
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                return .failure(Skip("a '{' in its text is never closed"))
            }
            let inner = rest[rest.index(after: open)..<close]
            let parts = inner.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].allSatisfy(\.isNumber), embeddedTypes.contains(String(parts[1]))
            else {
                output += rest[open...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            guard let answer = correctAnswer(String(parts[2])) else {
                return .failure(Skip("gap \(gaps + 1) has no fully correct answer"))
            }
            gaps += 1
            output += "{{c\(gaps)::\(answer)}}"
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return cloze(HTMLText.reduce(output), gaps: gaps, what: "an embedded-answers (Cloze) question")
    }

    /// `=right#feedback~wrong` or `%100%right~%0%wrong`: the first fully correct answer.
    private static func correctAnswer(_ answers: String) -> String? {
        for answer in answers.split(separator: "~") {
            var text = Substring(answer)
            if text.hasPrefix("=") {
                text = text.dropFirst()
            } else {
                let (weight, rest) = GIFTAnswers.weight(text)
                guard weight == 100 else { continue }
                text = rest
            }
            let value = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let cleaned = HTMLText.reduce(String(value).replacingOccurrences(of: "\\", with: ""))
            // A numerical gap keeps its value, not its tolerance.
            let number = cleaned.split(separator: ":").first.map(String.init) ?? cleaned
            return number.isEmpty ? nil : (Double(number) != nil ? number : cleaned)
        }
        return nil
    }

    static func gaps(_ element: XMLItem, rawText: String, type: String) -> Result<
        (Question.Kind, [String]), Skip
    > {
        let choices = element.all(type == "ddwtos" ? "dragbox" : "selectoption").map(\.plainText)
        var output = ""
        var gaps = 0
        var rest = Substring(rawText)
        while let open = rest.firstRange(of: "[[") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "]]"),
                let number = Int(rest[open.upperBound..<close.lowerBound]),
                choices.indices.contains(number - 1)
            else {
                return .failure(Skip("a gap [[…]] names no choice of the question"))
            }
            gaps += 1
            output += "{{c\(gaps)::\(choices[number - 1])}}"
            rest = rest[close.upperBound...]
        }
        output += rest
        return cloze(
            HTMLText.reduce(output), gaps: gaps,
            what: type == "ddwtos" ? "a drag-and-drop-into-text question" : "a select-missing-words question")
    }

    private static func cloze(_ text: String, gaps: Int, what: String) -> Result<
        (Question.Kind, [String]), Skip
    > {
        guard gaps > 0 else { return .failure(Skip("\(what) with no gap")) }
        guard (try? ClozeText(parsing: text)) != nil else {
            return .failure(
                Skip("its gaps cannot be written as cloze deletions (an answer holds '}}' or '::')"))
        }
        return .success(
            (
                .cloze(text: text, deletion: 0),
                [
                    "\(what), made a cloze question with \(gaps == 1 ? "one deletion" : "\(gaps) deletions"); its wrong choices are left out"
                ]
            ))
    }
}
