import TextFormats

/// One piece of GIFT text made plain: its `[html]`, `[markdown]`, `[plain]` or `[moodle]` marker
/// read, escapes restored, HTML reduced to text, white space made single spaces.
struct GIFTText {
    enum Format: String {
        case html, markdown, plain, moodle
    }

    /// The format the question text names, which its answers and feedback inherit.
    var format: Format

    static func format(of text: String) -> Format {
        guard text.hasPrefix("["), let end = text.firstIndex(of: "]"),
            let format = Format(rawValue: String(text[text.index(after: text.startIndex)..<end]).lowercased())
        else { return .moodle }
        return format
    }

    /// The text without its leading format marker, if it has one.
    static func dropFormat(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("["), let end = trimmed.firstIndex(of: "]"),
            Format(rawValue: String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]).lowercased())
                != nil
        else { return trimmed }
        return String(trimmed[trimmed.index(after: end)...])
    }

    func clean(_ raw: some StringProtocol) -> String {
        let raw = String(raw)
        let own = raw.trimmingWhitespace().hasPrefix("[") ? Self.format(of: raw.trimmingWhitespace()) : format
        let text = GIFTEscapes.restore(Self.dropFormat(raw))
        return own == .html ? HTMLText.reduce(text) : HTMLText.collapse(text)
    }
}
