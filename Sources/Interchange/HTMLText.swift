/// HTML from a question bank reduced to the plain text a terminal shows: tags removed (a `<br>`
/// or the end of a block becomes a space), the common entities decoded, runs of white space made
/// one space.
public enum HTMLText {
    public static func reduce(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                output.append(" ")
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(String(html[html.index(after: index)..<semicolon]))
            {
                output.append(decoded)
                index = html.index(after: semicolon)
            } else {
                output.append(character)
                index = html.index(after: index)
            }
        }
        return collapse(output)
    }

    /// Runs of white space as one space, none at either end.
    static func collapse(_ text: String) -> String {
        // Most text is ASCII with single spaces between words and none at either end: as it is.
        var previous: UInt8 = 0x20
        var plain = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previous == 0x20) {
                plain = false
                break
            }
            previous = byte
        }
        if plain && previous != 0x20 { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "deg": "°",
        "times": "×", "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä",
    ]

    private static func entity(_ name: String) -> Character? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
        }
        return named[name]
    }

    /// Text escaped for HTML (what `reduce` turns back into the same text).
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
