import Curriculum

/// Renders lesson Markdown for reading in a terminal: wrapped to the width, headings set off,
/// lists indented, emphasis in bold/italic when styling is on and plain otherwise.
struct MarkdownTerminalRenderer {
    var width: Int
    var style: TerminalStyle

    func render(_ blocks: [MarkdownBlock]) -> [String] {
        var lines: [String] = []
        for block in blocks {
            if !lines.isEmpty { lines.append("") }
            lines += render(block)
        }
        return lines
    }

    private func render(_ block: MarkdownBlock) -> [String] {
        let wrapper = TextWrapper(width: width, style: style)
        switch block {
        case .heading(let level, let text, _, _):
            let clean = TerminalSanitizer.clean(text, keepNewlines: false)
            let emphasis: (String) -> String = level <= 2 ? { style.heading($0) } : { style.bold($0) }
            let lines = wrapper.wrap(clean, apply: emphasis)
            guard level <= 2, !style.enabled else { return lines }
            let longest = wrapper.wrap(clean).map(\.count).max() ?? 0
            return lines + [String(repeating: "-", count: longest)]
        case .paragraph(let text):
            return wrapper.wrap(words: words(text), indent: "", firstIndent: "")
        case .list(let ordered, let items):
            var number = 0
            return items.flatMap { item -> [String] in
                let base = String(repeating: "  ", count: item.depth)
                let marker: String
                if ordered, item.depth == 0 {
                    number += 1
                    marker = "\(number). "
                } else {
                    marker = item.depth == 0 ? "• " : "◦ "
                }
                let hanging = base + String(repeating: " ", count: marker.count)
                return wrapper.wrap(words: words(item.text), indent: hanging, firstIndent: base + marker)
            }
        case .quote(let paragraphs):
            var lines: [String] = []
            for (index, paragraph) in paragraphs.enumerated() {
                if index > 0 { lines.append(style.dim("│")) }
                let body = TextWrapper(width: width - 2, style: style).wrap(
                    words: words(paragraph), indent: "", firstIndent: "")
                lines += body.map { style.dim("│ ") + $0 }
            }
            return lines
        case .code(let text):
            return TerminalSanitizer.clean(text).split(separator: "\n", omittingEmptySubsequences: false).map
            {
                "    " + style.dim(String($0))
            }
        }
    }

    /// Splits inline Markdown into words, each keeping the style of its characters.
    func words(_ text: String) -> [TextWrapper.Word] {
        var words: [TextWrapper.Word] = []
        var current = TextWrapper.Word(segments: [])
        for run in InlineMarkdown.runs(in: TerminalSanitizer.clean(text, keepNewlines: false)) {
            let apply: (String) -> String
            switch run.style {
            case .plain: apply = { $0 }
            case .bold: apply = style.bold
            case .italic: apply = style.italic
            case .code: apply = style.cyan
            }
            var piece = ""
            for character in run.text {
                if character == " " {
                    if !piece.isEmpty { current.segments.append((piece, apply)) }
                    piece = ""
                    if !current.segments.isEmpty { words.append(current) }
                    current = TextWrapper.Word(segments: [])
                } else {
                    piece.append(character)
                }
            }
            if !piece.isEmpty { current.segments.append((piece, apply)) }
        }
        if !current.segments.isEmpty { words.append(current) }
        return words
    }
}
