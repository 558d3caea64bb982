import TextFormats

/// Puts free-text answers in a canonical form so that case, accents, punctuation and spacing do
/// not decide whether an answer is right: "  Latent trigger-point. " → "latent trigger point".
public enum AnswerNormalizer {
    public static func normalize(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.foldedForComparison() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
