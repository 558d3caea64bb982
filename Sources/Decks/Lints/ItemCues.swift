/// The item-writing cues a student can answer by without knowing the content, as pure functions
/// of a question's text: the lints in `QuestionCueCheck` and `DeckCueTally` use them.
///
/// Lengths are counted in characters after trimming, so a trailing space or an accent does not
/// change a figure.
enum ItemCues {
    /// Words that make a statement sweeping, which item writers put in false statements far more
    /// often than in true ones.
    static let absoluteWords: Set<String> = [
        "always", "never", "proven", "prove", "proves", "all", "only", "completely", "every", "none",
        "nothing", "guaranteed", "guarantees", "cures", "cure", "impossible", "entirely", "totally",
        "certainly", "absolutely",
    ]

    /// The absolute words in `text`, in the order they first appear, each once.
    static func absoluteWords(in text: String) -> [String] {
        var found: [String] = []
        for word in words(text) where absoluteWords.contains(word) && !found.contains(word) {
            found.append(word)
        }
        return found
    }

    /// "All of the above" and "None of the above" (and "both of the above"), which point at or
    /// away from the key. Such a choice is short, so longer texts are not even split into words.
    static func isAboveChoice(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let joined = words(text).joined(separator: " ")
        return joined.hasSuffix("of the above") || joined == "all the above" || joined == "none above"
    }

    /// A choice's length as a reader sees it: its characters (Unicode scalars, which for the text of
    /// a deck is the same and costs a fraction of counting grapheme clusters), spaces at either
    /// end left out.
    static func length(_ text: String) -> Int {
        var count = 0
        var trailing = 0
        for scalar in text.unicodeScalars {
            let isSpace =
                scalar.isASCII
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if isSpace {
                if count > 0 { trailing += 1 }
            } else {
                count += trailing + 1
                trailing = 0
            }
        }
        return count
    }

    /// Lower-case runs of letters and digits (an apostrophe stays inside a word).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (character == "'" && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
