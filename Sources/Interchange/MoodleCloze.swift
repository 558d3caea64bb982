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
            rest = rest[rest.index(after: close)...]
            let marked = marker(in: &rest)
            let hint = marked?.hint.map { "::" + $0 } ?? ""
            output += "{{c\(marked?.number ?? gaps)::\(answer)\(hint)}}"
        }
        output += rest
        return cloze(HTMLText.reduce(output), gaps: gaps, what: "an embedded-answers (Cloze) question")
    }

    /// What a gap's order cannot say about a cloze deletion: its number when it is not the gap's
    /// place (a number used twice, or out of order) and its hint, which Moodle has no field for.
    /// Written as a span after the gap, which Moodle keeps and shows as ` (hint)`; empty when the
    /// gap's order says it all.
    static func marker(number: Int, hint: String?, gap: Int) -> String {
        guard number != gap || hint != nil else { return "" }
        return "<span class=\"\(markerClass)\" data-deletion=\"\(number)\">"
            + (hint.map { " (" + HTMLText.escape($0) + ")" } ?? "") + "</span>"
    }

    private static let markerClass = "palpate-cloze"

    /// Reads (and removes from the front of `rest`) the marker `marker(number:hint:gap:)` wrote; its
    /// hint stays HTML, reduced with the rest of the text.
    private static func marker(in rest: inout Substring) -> (number: Int, hint: String?)? {
        let opening = "<span class=\"\(markerClass)\" data-deletion=\""
        guard rest.hasPrefix(opening) else { return nil }
        let afterOpening = rest.dropFirst(opening.count)
        guard let quote = afterOpening.firstIndex(of: "\""), let number = Int(afterOpening[..<quote]),
            afterOpening[quote...].hasPrefix("\">"),
            let end = afterOpening[quote...].firstRange(of: "</span>")
        else { return nil }
        var inner = afterOpening[afterOpening.index(quote, offsetBy: 2)..<end.lowerBound]
        rest = afterOpening[end.upperBound...]
        guard inner.hasPrefix(" ("), inner.hasSuffix(")") else { return (number, nil) }
        inner = inner.dropFirst(2).dropLast()
        return (number, String(inner))
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
