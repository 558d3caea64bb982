import Foundation

/// Text cut to fit a fixed width (a chart label, a quoted prompt in a message): at a word, with
/// "…" when cut, so a cut word never reads as a different word. The one place both the reports
/// and the terminal cut text.
public enum ShortText {
    /// `text` cut to at most `length` characters, "…" included. It is cut at the last space when
    /// that keeps at least half of it, else mid-word (one long word).
    public static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let head = text.prefix(max(1, length - 1))
        let atWord = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        let kept = atWord.count >= length / 2 ? atWord : head
        return kept.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}
