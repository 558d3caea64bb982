/// Wraps styled words to a width, measuring only visible characters.
///
/// Words are wrapped first and styled afterwards, so escape codes never count towards the width
/// and never get split.
struct TextWrapper {
    var width: Int
    var style: TerminalStyle

    /// A run of non-space characters; it may change style part-way (`**band**,`).
    struct Word {
        var segments: [(text: String, apply: (String) -> String)]
        var visibleLength: Int { segments.reduce(0) { $0 + $1.text.count } }
        var rendered: String { segments.map { $0.apply($0.text) }.joined() }
    }

    /// Wraps plain text with one style for all of it.
    func wrap(
        _ text: String, indent: String = "", firstIndent: String? = nil,
        apply: @escaping (String) -> String = { $0 }
    )
        -> [String]
    {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
            Word(segments: [(String($0), apply)])
        }
        return wrap(words: words, indent: indent, firstIndent: firstIndent ?? indent)
    }

    /// Wraps text made of pieces that must each stay whole on a line, such as a key with its
    /// label (`4 Easy`) or a command to copy: lines break only between pieces, and a piece too long
    /// for what is left of a line starts a line of its own.
    func wrap(
        pieces: [String], indent: String = "", firstIndent: String? = nil,
        apply: @escaping (String) -> String = { $0 }
    ) -> [String] {
        wrap(
            words: pieces.map { Word(segments: [($0, apply)]) }, indent: indent,
            firstIndent: firstIndent ?? indent)
    }

    /// The words of `text` as pieces for `wrap(pieces:)`, so prose can precede pieces kept whole.
    static func pieces(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// The words of `text`, a quotation in single quotes kept as one piece: a message quotes
    /// the student's input and commands to run ('palpate check FILE'), each read or copied whole.
    static func pieces(keepingQuotations text: String) -> [String] {
        var pieces: [String] = []
        var inQuotation = false
        for word in Self.pieces(text) {
            if inQuotation, let last = pieces.popLast() {
                pieces.append(last + " " + word)
                inQuotation = !word.contains("'")
            } else {
                pieces.append(word)
                inQuotation = word.hasPrefix("'") && !word.dropFirst().contains("'")
            }
        }
        return pieces
    }

    func wrap(words: [Word], indent: String, firstIndent: String) -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var visible = firstIndent.count
        var lineHasWord = false
        for word in words {
            let length = word.visibleLength
            if lineHasWord, visible + 1 + length > width {
                lines.append(line)
                line = indent
                visible = indent.count
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                visible += 1
            }
            line += word.rendered
            visible += length
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}
