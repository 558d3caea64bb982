/// GIFT's escapes (`\:`, `\#`, `\=`, `\{`, `\}`, `\~`, `\n`, `\\`), hidden while a question is
/// taken apart and restored in each piece, as Moodle's reader does with its `&&058;` placeholders.
/// The placeholders here are private-use characters, which no question bank writes.
enum GIFTEscapes {
    private static let escaped: [Character: Character] = [
        ":": "\u{E000}", "#": "\u{E001}", "=": "\u{E002}", "{": "\u{E003}", "}": "\u{E004}", "~": "\u{E005}",
        "n": "\u{E006}", "\\": "\u{E007}",
    ]
    private static let restored: [Character: String] = [
        "\u{E000}": ":", "\u{E001}": "#", "\u{E002}": "=", "\u{E003}": "{", "\u{E004}": "}", "\u{E005}": "~",
        "\u{E006}": "\n", "\u{E007}": "\\",
    ]

    static func hide(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var output = ""
        var pendingBackslash = false
        for character in text {
            if pendingBackslash {
                pendingBackslash = false
                if let placeholder = escaped[character] {
                    output.append(placeholder)
                } else {
                    output.append("\\")
                    output.append(character)
                }
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                output.append(character)
            }
        }
        if pendingBackslash { output.append("\\") }
        return output
    }

    static func restore(_ text: some StringProtocol) -> String {
        // The placeholders are U+E000–E007, whose UTF-8 starts 0xEE: most text has none.
        guard text.utf8.contains(0xEE) else { return String(text) }
        var output = ""
        for character in text {
            if let original = restored[character] { output += original } else { output.append(character) }
        }
        return output
    }

    /// Text written for GIFT: its special characters escaped.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":":
                output.append("\\")
                output.append(character)
            case "\n":
                output += "\\n"
            default:
                output.append(character)
            }
        }
        return output
    }
}
