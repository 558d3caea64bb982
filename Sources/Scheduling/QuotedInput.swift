/// Text from a user's file as a message quotes it: in single quotes, control characters and
/// quotes escaped, at most `limit` characters (then `…`), so a hostile or huge field can neither
/// steer the terminal nor flood it.
public func quotedInput(_ text: some StringProtocol, limit: Int = 60) -> String {
    var escaped = ""
    var count = 0
    for scalar in text.unicodeScalars {
        let piece: String
        switch scalar {
        case "\n": piece = "\\n"
        case "\r": piece = "\\r"
        case "\t": piece = "\\t"
        case "'": piece = "\\'"
        case "\\": piece = "\\\\"
        case _
        where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.properties.generalCategory == .format:
            piece = "\\u{" + String(scalar.value, radix: 16) + "}"
        default: piece = String(scalar)
        }
        if count == limit {
            escaped += "…"
            break
        }
        escaped += piece
        count += 1
    }
    return "'" + escaped + "'"
}
