import Foundation
import TextFormats

/// Reads a lesson file: a `---` front-matter header (id, title, topic, order, minutes) and a
/// Markdown body. Problems come back as located diagnostics rather than a thrown error, so the
/// checker can report all of them at once.
public enum LessonParser {
    static let requiredKeys = ["id", "title", "topic", "order", "minutes"]

    /// Reads a lesson file's bytes: text that is not UTF-8 is reported at its first bad byte.
    public static func parse(bytes: [UInt8], file: String) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let position = SourceText(bytes: bytes).firstInvalidUTF8Position
            let message = "this file is not valid UTF-8 text; save it as UTF-8"
            return (nil, [Diagnostic(.error, file: file, position: position, message: message)])
        }
        return parse(text, file: file)
    }

    /// - Returns: the lesson when it is usable (warnings allowed), and every problem found.
    public static func parse(_ text: String, file: String) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func error(_ line: Int, _ message: String, field: String? = nil) {
            diagnostics.append(
                Diagnostic(
                    .error, file: file, position: SourcePosition(line: line, column: 1), message: message,
                    field: field))
        }
        var lines = Self.lines(of: text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard lines.first?.trimmingWhitespace() == "---" else {
            error(
                1, "a lesson starts with a header between two '---' lines (id, title, topic, order, minutes)")
            return (nil, diagnostics)
        }
        guard
            let close = lines.indices.dropFirst().first(where: {
                lines[$0].trimmingWhitespace() == "---"
            })
        else {
            error(1, "the header opened with '---' is never closed; add a '---' line after the last key")
            return (nil, diagnostics)
        }
        var values: [String: (value: String, line: Int, column: Int)] = [:]
        for index in 1..<close {
            let line = lines[index]
            let number = index + 1
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                error(number, "expected 'key: value' in the header, found \(QuotedInput.quote(line))")
                continue
            }
            let key = line[..<colon].trimmingWhitespace()
            let afterColon = line[line.index(after: colon)...]
            let valueStart = afterColon.firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
            let column = line.unicodeScalars[..<valueStart].count + 1
            var value = afterColon.trimmingWhitespace()
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard requiredKeys.contains(key) else {
                let hint = EditDistance.suggestions(for: key, among: requiredKeys).first.map {
                    "; did you mean '\($0)'?"
                }
                error(
                    number,
                    "unknown header key \(QuotedInput.quote(key))\(hint ?? "; the keys are \(requiredKeys.joined(separator: ", "))")",
                    field: key)
                continue
            }
            if let previous = values[key] {
                error(
                    number, "\(QuotedInput.quote(key)) is given twice (first on line \(previous.line))",
                    field: key)
            }
            values[key] = (value, number, column)
        }
        for key in requiredKeys where values[key] == nil {
            error(close + 1, "the header is missing '\(key)'", field: key)
        }
        func integer(_ key: String) -> Int? {
            guard let entry = values[key] else { return nil }
            guard let number = Int(entry.value), number >= 0 else {
                error(
                    entry.line,
                    "'\(key)' must be a whole number of 0 or more, not \(QuotedInput.quote(entry.value))",
                    field: key)
                return nil
            }
            return number
        }
        let order = integer("order")
        let minutes = integer("minutes")
        if let id = values["id"], !Slug.isValid(id.value) {
            error(
                id.line, "the lesson id \(QuotedInput.quote(id.value)) is not valid; use \(Slug.rule)",
                field: "id")
        }
        for key in ["title", "topic"] {
            if let entry = values[key], entry.value.isEmpty {
                error(entry.line, "\(QuotedInput.quote(key)) is empty", field: key)
            }
        }
        let body = lines[(close + 1)...].enumerated().map {
            (number: close + 2 + $0.offset, text: $0.element)
        }
        var markdown = MarkdownParser(lines: body, file: file)
        let document = markdown.parse()
        diagnostics += markdown.diagnostics
        if document.blocks.isEmpty {
            error(close + 1, "the lesson has no body text after its header")
        }
        guard !diagnostics.contains(where: { $0.severity == .error }),
            let id = values["id"]?.value, let title = values["title"]?.value,
            let topic = values["topic"]?.value,
            let order, let minutes
        else { return (nil, diagnostics) }
        let idPosition = values["id"].map { SourcePosition(line: $0.line, column: $0.column) }
        let lesson = Lesson(
            id: id, title: title, topic: topic, order: order, minutes: minutes, file: file,
            document: document,
            idPosition: idPosition)
        return (lesson, diagnostics)
    }

    /// The text's lines, without their line ends (LF or CRLF; a lone CR is not one). Split on
    /// bytes: splitting a `String` by `Character` runs grapheme breaking over every lesson.
    static func lines(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
            let stop = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            lines.append(String(decoding: bytes[start..<stop], as: UTF8.self))
            start = end + 1
        }
        return lines
    }
}
