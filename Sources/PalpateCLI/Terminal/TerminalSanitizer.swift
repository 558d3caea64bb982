/// Makes untrusted text (deck and lesson content, typed answers) safe to print on a terminal.
///
/// Decks come from the internet: an escape sequence in a prompt could clear the screen, retitle
/// the window or hide text. Everything that is not printable is removed, except line breaks and
/// tabs (tabs become spaces).
public enum TerminalSanitizer {
    public static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipEscapeSequence(&scalars, introducer: "[")  // CSI in its one-character C1 form
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipEscapeSequence(&scalars, introducer: "]")  // DCS, SOS, OSC, PM, APC: strings
            case 0x0A:
                result.append(keepNewlines ? scalar : " ")
            case 0x09:
                result.append(" ")
            default:
                if !isControl(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// True for what `clean` removes: C0 and C1 controls and DEL (0x9B alone is a CSI
    /// introducer), ESC, and the bidirectional overrides that can disguise text. Line feed and tab
    /// are kept.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Drops the rest of an escape sequence: CSI (`ESC [ … final`), a string (`ESC ] … BEL|ST`,
    /// likewise DCS, SOS, PM and APC) or a two-character escape. `introducer` is given when the
    /// sequence began with its one-character C1 form rather than ESC.
    private static func skipEscapeSequence(
        _ scalars: inout String.UnicodeScalarView.Iterator, introducer given: Unicode.Scalar? = nil
    ) {
        guard let introducer = given ?? scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "X", "^", "_":
            var previousWasEscape = false
            while let next = scalars.next() {
                if next.value == 0x07 || next.value == 0x9C || (previousWasEscape && next == "\\") { break }
                previousWasEscape = next.value == 0x1B
            }
        default:
            break
        }
    }
}
