import Foundation

/// Splits a line of lesson text into styled runs: `**bold**`, `*italic*` (or `_italic_`) and
/// `` `code` ``. Unclosed markers are kept as literal text rather than swallowing the line.
public enum InlineMarkdown {
    public enum Style: Sendable, Equatable {
        case plain
        case bold
        case italic
        case code
    }

    public struct Run: Sendable, Equatable {
        public var text: String
        public var style: Style

        public init(_ text: String, _ style: Style) {
            self.text = text
            self.style = style
        }
    }

    public static func runs(in text: String) -> [Run] {
        var runs: [Run] = []
        var plain = ""
        var rest = Substring(text)
        var previous: Character?
        func flushPlain() {
            if !plain.isEmpty { runs.append(Run(plain, .plain)) }
            plain = ""
        }
        while let first = rest.first {
            let marker: (open: String, style: Style)? =
                rest.hasPrefix("**")
                ? ("**", .bold)
                : first == "`"
                    ? ("`", .code)
                    : (first == "*" || first == "_") ? (String(first), .italic) : nil
            // An underscore inside a word (snake_case) opens no emphasis.
            let insideWord = first == "_" && (previous?.isLetter == true || previous?.isNumber == true)
            if let marker, !insideWord, let closed = closingRange(of: marker.open, in: rest) {
                let inner = rest[rest.index(rest.startIndex, offsetBy: marker.open.count)..<closed.lowerBound]
                if !inner.isEmpty, inner.first != " " {
                    flushPlain()
                    runs.append(Run(String(inner), marker.style))
                    previous = rest[closed].last
                    rest = rest[closed.upperBound...]
                    continue
                }
            }
            plain.append(first)
            previous = first
            rest = rest.dropFirst()
        }
        flushPlain()
        return runs
    }

    /// The text with all markers removed, for plain output and search.
    public static func plainText(_ text: String) -> String {
        runs(in: text).map(\.text).joined()
    }

    private static func closingRange(of marker: String, in text: Substring) -> Range<Substring.Index>? {
        let afterOpen = text.index(text.startIndex, offsetBy: marker.count)
        guard afterOpen < text.endIndex else { return nil }
        var search = text[afterOpen...]
        while let found = search.range(of: marker) {
            // An underscore inside a word (snake_case) is not emphasis.
            if marker == "_", found.upperBound < text.endIndex, text[found.upperBound].isLetter {
                search = text[found.upperBound...]
                continue
            }
            return found
        }
        return nil
    }
}
