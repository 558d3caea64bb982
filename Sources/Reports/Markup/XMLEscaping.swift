/// The one escaping function for everything the HTML and SVG writers put between tags or in
/// attribute values.
///
/// Besides the five markup characters it replaces what XML 1.0 forbids outright (control
/// characters other than tab, line feed and carriage return, unpaired surrogates cannot occur in
/// a Swift string, and U+FFFE/U+FFFF) with U+FFFD, so a hostile deck cannot make the page
/// unparseable, and it never lets text through unescaped.
public enum XMLEscaping {
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        escape(text, into: &output)
        return output
    }

    /// Appends the escaped `text` to `output` (no intermediate strings on the hot path).
    public static func escape(_ text: String, into output: inout String) {
        // Fast path: most text has nothing to escape.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x22 || $0 == 0x26 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E || $0 == 0xEF
        }) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
