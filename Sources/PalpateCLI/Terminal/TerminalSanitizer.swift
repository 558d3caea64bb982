import TextFormats

/// Makes untrusted text (deck and lesson content, typed answers) safe to print on a terminal.
///
/// Decks come from the internet: an escape sequence in a prompt could clear the screen, retitle
/// the window or hide text. Everything that is not printable is removed, except line breaks and
/// tabs (tabs become spaces).
public enum TerminalSanitizer {
    /// `text` with every escape sequence and control character removed.
    ///
    /// - Parameters:
    ///   - keepNewlines: false turns line breaks into spaces (one-line fields).
    ///   - keepingStyle: keeps the colour and weight sequences `TerminalStyle` writes (and no
    ///     other: a hidden-text or cursor sequence still goes), for whole command output that
    ///     palpate styled itself after cleaning the content inside it.
    public static func clean(_ text: String, keepNewlines: Bool = true, keepingStyle: Bool = false) -> String
    {
        if !text.utf8.contains(where: { mayNeedCleaning($0) || (!keepNewlines && $0 == 0x0A) }) {
            return text
        }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                if keepingStyle, let style = styleSequence(after: scalars) {
                    result.append(scalar)
                    for _ in style.unicodeScalars { result.append(scalars.next()!) }
                    continue
                }
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

    /// False for a byte that cannot start anything `clean` changes (the fast path for plain text):
    /// C0 controls and DEL are single bytes; C1 controls start with 0xC2, the bidirectional
    /// controls and marks with 0xE2.
    private static func mayNeedCleaning(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// The sequences `TerminalStyle` writes, after their ESC.
    private static let styleSequences: [String] =
        [
            "[0m", "[1;36m", "[1m", "[2m", "[3m", "[4m", "[31m", "[32m", "[33m", "[36m",
        ] + ReferralMapRenderer.sequences

    /// The style sequence that `scalars` (just after an ESC) starts with, if any.
    private static func styleSequence(after scalars: String.UnicodeScalarView.Iterator) -> String? {
        styleSequences.first { sequence in
            var probe = scalars
            return sequence.unicodeScalars.allSatisfy { probe.next() == $0 }
        }
    }

    /// True for what `clean` removes: C0 and C1 controls and DEL (0x9B alone is a CSI
    /// introducer), ESC, and the bidirectional overrides that can disguise text. Line feed and tab
    /// are kept.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F: true
        default: ControlCharacters.isBidiControl(scalar) || ControlCharacters.isSeparator(scalar)
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
