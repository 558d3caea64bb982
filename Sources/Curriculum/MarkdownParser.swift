import Foundation
import TextFormats

/// Reads the Markdown subset lessons use into blocks, reporting what it cannot use.
///
/// Supported: `##`/`###` headings with optional `{#anchor}`, paragraphs, `-`/`*` lists (one level
/// of nesting), `1.` lists, `>` quotes and fenced code. Headings without an anchor get one made
/// from their text, so every heading can be linked to.
struct MarkdownParser {
    /// Lines of the body with their 1-based line numbers in the file.
    var lines: [(number: Int, text: String)]
    var file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(lines: [(number: Int, text: String)], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func parse() -> MarkdownDocument {
        var blocks: [MarkdownBlock] = []
        var anchors: [String: Int] = [:]
        var index = 0
        while index < lines.count {
            let (number, raw) = lines[index]
            let trimmed = raw.trimmingWhitespace()
            if trimmed.isEmpty {
                index += 1
            } else if trimmed.hasPrefix("```") {
                var code: [String] = []
                index += 1
                while index < lines.count,
                    !lines[index].text.trimmingWhitespace().hasPrefix("```")
                {
                    code.append(lines[index].text)
                    index += 1
                }
                if index == lines.count {
                    warn(line: number, "a code block opened with ``` is never closed")
                }
                index += 1
                blocks.append(.code(code.joined(separator: "\n")))
            } else if let heading = parseHeading(trimmed, line: number) {
                if case .heading(_, let title, let anchor, _) = heading {
                    if let previous = anchors[anchor] {
                        error(
                            line: number,
                            "the section anchor \(QuotedInput.quote(anchor)) of \"\(title)\" is already used on line \(previous); "
                                + "give this heading its own {#anchor}")
                    } else {
                        anchors[anchor] = number
                    }
                }
                blocks.append(heading)
                index += 1
            } else if trimmed.hasPrefix(">") {
                var paragraphs: [String] = []
                var current: [String] = []
                while index < lines.count {
                    let text = lines[index].text.trimmingWhitespace()
                    guard text.hasPrefix(">") else { break }
                    let content = text.dropFirst().trimmingWhitespace()
                    if content.isEmpty {
                        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                        current = []
                    } else {
                        current.append(content)
                    }
                    index += 1
                }
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                blocks.append(.quote(paragraphs))
            } else if Self.listMarker(in: raw) != nil {
                let (ordered, items, next) = parseList(from: index)
                blocks.append(.list(ordered: ordered, items: items))
                index = next
            } else {
                var paragraph: [String] = []
                while index < lines.count {
                    let text = lines[index].text.trimmingWhitespace()
                    if text.isEmpty || Self.headingLevel(text) != nil || text.hasPrefix(">")
                        || text.hasPrefix("```")
                        || Self.listMarker(in: lines[index].text) != nil
                    {
                        break
                    }
                    paragraph.append(text)
                    index += 1
                }
                blocks.append(.paragraph(paragraph.joined(separator: " ")))
            }
        }
        return MarkdownDocument(blocks: blocks)
    }

    private mutating func parseHeading(_ text: String, line: Int) -> MarkdownBlock? {
        guard let level = Self.headingLevel(text) else { return nil }
        let afterHashes = text.dropFirst(level)
        var title = afterHashes.trimmingWhitespace()
        var anchor: String
        if title.hasSuffix("}"), let open = Self.lastAnchorOpening(in: title) {
            anchor = String(title[open.upperBound..<title.index(before: title.endIndex)])
            title = title[..<open.lowerBound].trimmingWhitespace()
            if !Slug.isValid(anchor) {
                error(line: line, "the anchor '{#\(anchor)}' is not valid; use \(Slug.rule)")
                anchor = Slug.make(from: anchor)
            }
        } else {
            anchor = Slug.make(from: title)
        }
        if level == 1 {
            warn(
                line: line,
                "a level-1 heading in the body; the lesson title comes from the header, use ## here")
        }
        if title.isEmpty {
            error(line: line, "this heading has no text")
        }
        return .heading(level: level, text: title, anchor: anchor, line: line)
    }

    /// Where the last `{#` in `text` lies, found in its bytes (Foundation's backwards search
    /// bridged the string on every heading).
    private static func lastAnchorOpening(in text: String) -> Range<String.Index>? {
        let bytes = text.utf8
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let before = bytes.index(before: index)
            if bytes[before] == UInt8(ascii: "#"), before > bytes.startIndex {
                let open = bytes.index(before: before)
                if bytes[open] == UInt8(ascii: "{") { return open..<index }
            }
            index = before
        }
        return nil
    }

    private func parseList(from start: Int) -> (ordered: Bool, items: [MarkdownBlock.ListItem], next: Int) {
        var index = start
        var items: [MarkdownBlock.ListItem] = []
        let ordered = Self.listMarker(in: lines[start].text)?.ordered ?? false
        while index < lines.count {
            let raw = lines[index].text
            if raw.trimmingWhitespace().isEmpty {
                // A blank line ends the list unless the next line continues it.
                let next = index + 1
                if next < lines.count, let marker = Self.listMarker(in: lines[next].text),
                    marker.ordered == ordered
                {
                    index = next
                    continue
                }
                break
            }
            if let marker = Self.listMarker(in: raw) {
                if marker.indent == 0, marker.ordered != ordered { break }
                items.append(.init(depth: marker.indent >= 2 ? 1 : 0, text: marker.text))
            } else if raw.first == " " || raw.first == "\t", !items.isEmpty {
                items[items.count - 1].text += " " + raw.trimmingWhitespace()
            } else {
                break
            }
            index += 1
        }
        return (ordered, items, index)
    }

    /// The level of a heading line (`## Title`, or a bare `##`); `nil` for text such as `#hashtag`,
    /// which must stay in its paragraph.
    static func headingLevel(_ trimmed: String) -> Int? {
        let level = trimmed.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let afterHashes = trimmed.dropFirst(level)
        return afterHashes.isEmpty || afterHashes.first == " " ? level : nil
    }

    /// Recognises `- item`, `* item` and `12. item`, with their indentation.
    static func listMarker(in line: String) -> (indent: Int, ordered: Bool, text: String)? {
        // Most lines start, after their indent, with an ASCII letter or sign that begins no
        // marker: told from the first byte, without walking the line's characters.
        if let first = line.utf8.first(where: { $0 != UInt8(ascii: " ") }), first < 0x80,
            first != UInt8(ascii: "-"), first != UInt8(ascii: "*"),
            !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        {
            return nil
        }
        let indent = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indent)
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") {
            return (indent, false, rest.dropFirst(2).trimmingWhitespace())
        }
        let digits = rest.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 3, rest.dropFirst(digits.count).hasPrefix(". ") {
            return (indent, true, rest.dropFirst(digits.count + 2).trimmingWhitespace())
        }
        return nil
    }

    private mutating func error(line: Int, _ message: String) {
        diagnostics.append(
            Diagnostic(.error, file: file, position: SourcePosition(line: line, column: 1), message: message))
    }

    private mutating func warn(line: Int, _ message: String) {
        diagnostics.append(
            Diagnostic(
                .warning, file: file, position: SourcePosition(line: line, column: 1), message: message))
    }
}
