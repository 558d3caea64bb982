/// The characters that can act on a reader instead of being read: the one classification every
/// exporter, the terminal gate and the quoting of input in messages share.
///
/// - C0 controls (U+0000–U+001F) and DEL: ESC starts terminal escape sequences, BEL rings, BS and
///   CR overwrite what was printed.
/// - C1 controls (U+0080–U+009F): U+009B is CSI and U+009D is OSC in their one-character forms,
///   which some terminals obey; U+0085 is a line break to some readers.
/// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
///   reorder the text around them, so `abc‮fed` can display as something else.
/// - Line and paragraph separators (U+2028, U+2029): line breaks to some readers, not to others
///   (JavaScript string literals end at them).
public enum ControlCharacters {
    /// A C0 control (tab, line feed and carriage return included) or DEL.
    public static func isC0OrDelete(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    /// A C1 control, U+0080–U+009F.
    public static func isC1(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value)
    }

    /// A bidirectional embedding, override or isolate (or their pop), which reorders text.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR.
    public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// True for every character above: what a page or message must not pass through as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        isC0OrDelete(scalar) || isC1(scalar) || isBidiControl(scalar) || isSeparator(scalar)
    }
}
