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
        let utf8 = text.utf8
        // Written straight into the string's storage: the result is never longer than the text.
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var betweenWords = false
            for byte in utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    if betweenWords && count > 0 {
                        buffer[count] = 0x20
                        count += 1
                    }
                    betweenWords = false
                    buffer[count] = lower
                    count += 1
                } else {
                    betweenWords = true
                }
            }
            return count
        }
    }

    /// Each byte's part in `fingerprint`: a letter (lower-cased) or digit as itself, 1 for a byte
    /// that is not ASCII, 0 for anything else (it separates words). One table read a byte instead
    /// of four comparisons: every choice of a deck being checked is fingerprinted.
    private static let fingerprintClass: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: return byte | 0x20
        case 0x61...0x7A, 0x30...0x39: return byte
        case 0x80...: return 1
        default: return 0
        }
    }

    /// A 64-bit hash of `normalize(text)`, worked out without building it for ASCII text:
    /// checking a deck compares every choice with its neighbours, and almost none are equal.
    /// Equal texts have equal fingerprints; equal fingerprints still need `normalize` to confirm.
    public static func fingerprint(_ text: String) -> UInt64 {
        var text = text
        // One pass over the contiguous bytes; `nil` as soon as a byte is not ASCII.
        let classes = fingerprintClass
        let ascii: UInt64? = text.withUTF8 { buffer in
            var hash = StableHash()
            var started = false
            var betweenWords = false
            for byte in buffer {
                let lower = classes[Int(byte)]
                if lower > 1 {
                    if betweenWords && started { hash.add(0x20) }
                    betweenWords = false
                    started = true
                    hash.add(lower)
                } else if lower == 0 {
                    betweenWords = true
                } else {
                    return nil
                }
            }
            return hash.value
        }
        return ascii ?? StableHash.of(normalizeAnyText(text).utf8)
    }
}
