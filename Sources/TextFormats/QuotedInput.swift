/// Input quoted in a message (an error, a warning, a suggestion): escaped and cut short.
///
/// A value in a message comes from a file or a command line anyone may have written: an ESC, BEL
/// or NUL copied into a message would act on the reader's terminal, and a 20 MB value would
/// bury the message. So every message that quotes input quotes it through here: between single
/// quotes, with each unsafe character (see `ControlCharacters`) and the backslash written as a
/// visible escape (`\e`, `\u{9B}`, `\\`), and cut after `limit` characters with "…". Only the
/// start of the value is looked at, so quoting costs the same whatever its size.
public enum QuotedInput {
    /// Characters shown of a quoted value before it is cut with "…".
    public static let limit = 60

    /// `text` between single quotes, escaped and cut to `limit` characters.
    public static func quote(_ text: some StringProtocol, limit: Int = QuotedInput.limit) -> String {
        "'" + escape(text, limit: limit) + "'"
    }

    /// `text` escaped and cut to `limit` characters (each escape counts as its characters), with
    /// "…" when something was left out.
    public static func escape(_ text: some StringProtocol, limit: Int = QuotedInput.limit) -> String {
        var output = ""
        var shown = 0
        for scalar in text.unicodeScalars {
            let piece = escaped(scalar)
            if shown + piece.count > limit {
                return output + "…"
            }
            output += piece
            shown += piece.count
        }
        return output
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{1B}": return "\\e"
        default:
            guard ControlCharacters.isUnsafe(scalar) else { return String(scalar) }
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
