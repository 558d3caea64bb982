/// Text from decks and students made inert in Markdown: no raw HTML, no links or emphasis the
/// author did not write, no broken tables.
public enum MarkdownText {
    /// One line of text: line breaks become spaces, markup characters are backslash-escaped, and
    /// `<`, `>`, `&` become entities (Markdown passes raw HTML through).
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\n", "\r", "\t": output += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "~", "{", "}":
                output += "\\"
                output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
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
