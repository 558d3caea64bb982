/// The one escaping function for everything the HTML and SVG writers put between tags or in
/// attribute values.
///
/// Besides the five markup characters it replaces what XML 1.0 forbids outright (control
/// characters other than tab, line feed and carriage return, unpaired surrogates cannot occur in
/// a Swift string, and U+FFFE/U+FFFF) with U+FFFD, so a hostile deck cannot make the page
/// unparseable, and it never lets text through unescaped. DEL, the C1 controls (U+0080–U+009F)
/// and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become
/// U+FFFD too: they are legal XML, but they would hide or reorder text on the page (the same rule
/// as `MarkdownText`; see `ControlCharacters`).
public enum XMLEscaping {
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        escape(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 of `text` to `output`.
    ///
    /// Works on bytes, copying runs of plain text whole: a 100,000-row review log passes every
    /// cell through here, and stepping through `Unicode.Scalar`s cost several times as much.
    public static func escape(_ text: String, into output: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { escape(utf8: $0, into: &output) }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { escape(utf8: $0, into: &output) }
        }
    }

    private static func escape(utf8 text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var plainStart = 0
        var index = 0
        while index < text.count {
            let (replacement, width) = replacement(at: index, in: text)
            guard let replacement else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<index]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            index += width
            plainStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[plainStart..<text.count]))
    }

    /// What replaces the character starting at `index`, and how many bytes it spans; `nil` for a
    /// byte written as it is. `text` is valid UTF-8, so U+FFFE and U+FFFF are `EF BF BE`/`EF BF BF`.
    private static func replacement(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (
        StaticString?, Int
    ) {
        switch text[index] {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        case UInt8(ascii: "'"): return ("&#39;", 1)
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return (nil, 1)
        case 0..<0x20: return ("\u{FFFD}", 1)
        case 0x7F: return ("\u{FFFD}", 1)
        case 0xC2 where index + 1 < text.count && (0x80...0x9F).contains(text[index + 1]):
            return ("\u{FFFD}", 2)  // C1 controls are C2 80 … C2 9F
        case 0xE2 where index + 2 < text.count && isBidiControl(text[index + 1], text[index + 2]):
            return ("\u{FFFD}", 3)
        case 0xEF where index + 2 < text.count && text[index + 1] == 0xBF && text[index + 2] >= 0xBE:
            return ("\u{FFFD}", 3)
        default: return (nil, 1)
        }
    }

    /// The last two bytes of U+202A–U+202E (`E2 80 AA`…`E2 80 AE`) or U+2066–U+2069 (`E2 81 A6`…`E2 81 A9`).
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
