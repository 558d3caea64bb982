import TextFormats

/// Text from decks and students made inert in Markdown: no raw HTML, no links or emphasis the
/// author did not write, no broken tables, and nothing that acts on the reader: every control
/// character and bidirectional control (see `ControlCharacters`) becomes U+FFFD, the same rule as
/// the HTML page (`XMLEscaping`), so the page shows that something was there without obeying it.
public enum MarkdownText {
    /// One line of text: line breaks become spaces, markup characters are backslash-escaped, and
    /// `<`, `>`, `&` become entities (Markdown passes raw HTML through); control characters
    /// (C0, DEL, C1) and bidirectional controls become U+FFFD; U+2028 and U+2029 become spaces.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": output += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~", "{", "}":
                output += "\\"
                output.unicodeScalars.append(scalar)
            default:
                if ControlCharacters.isUnsafe(scalar) {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// A table: a header row, a separator and escaped cells; `rightAligned` columns hold numbers.
    public static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var output = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        output +=
            "|" + header.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            output += "| " + row.map(escape).joined(separator: " | ") + " |\n"
        }
        return output
    }
}
