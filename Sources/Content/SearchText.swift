import Decks

/// How search reads text: words folded for case and accents (as answers are), with a plural `s`
/// dropped and the commonest English words left out of a query.
enum SearchText {
    /// The search words of `text`, in order, repeats kept (they count as term frequency).
    static func words(_ text: String) -> [String] {
        AnswerNormalizer.normalize(text).split(separator: " ").map { stem(String($0)) }
    }

    /// The words of a query that carry meaning; when every word is a common one they all stay.
    static func queryWords(_ text: String) -> [String] {
        var seen = Set<String>()
        let all = words(text).filter { seen.insert($0).inserted }
        let meaningful = all.filter { !stopWords.contains($0) }
        return meaningful.isEmpty ? all : meaningful
    }

    /// `points` → `point`, `muscles` → `muscle`; `stress`, `gluteus`, `this` stay as they are.
    /// Applied to the query and the text alike, so it need not make real words, only the same ones.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        else { return word }
        return String(word.dropLast())
    }

    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "doe", "for", "from", "how", "in", "is", "it",
        "of", "on", "or", "that", "the", "to", "what", "when", "where", "which", "who", "why", "with",
    ]
}
