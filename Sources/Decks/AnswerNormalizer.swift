import TextFormats

/// Puts free-text answers in a canonical form so that case, accents, punctuation and spacing do
/// not decide whether an answer is right: "  Latent trigger-point. " → "latent trigger point".
public enum AnswerNormalizer {
    public static func normalize(_ text: String) -> String {
        // Nearly every answer is ASCII, where folding is lowercasing and a letter is a-z: done on
        // bytes, it is many times faster than Foundation's folding (checking a deck of 100,000
        // questions normalizes every choice and accepted answer).
        text.utf8.allSatisfy { $0 < 0x80 } ? normalizeASCII(text) : normalizeAnyText(text)
    }

    /// The general rule: fold case, accents and width, keep runs of letters and digits as words.
    static func normalizeAnyText(_ text: String) -> String {
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

    /// The same rule for ASCII text.
    static func normalizeASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var betweenWords = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if betweenWords && !bytes.isEmpty { bytes.append(0x20) }
                betweenWords = false
                bytes.append(lower)
            } else {
                betweenWords = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
