/// A prompt reduced to the words that carry its meaning, as a sorted set of 32-bit hashes: the
/// raw material of `NearDuplicatePrompts`.
///
/// Words are runs of letters and digits, lower-cased (ASCII; other letters are kept as they
/// are), with a crude plural rule ("flushes" and "flush", "muscles" and "muscle" are one word)
/// and without the small words every prompt has. Negations ("not", "no", "never") are kept:
/// they change what is asked. Works on the bytes, making no strings, as it runs for every
/// question of a deck being checked.
enum PromptWords {
    static let stopWords: [String] = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "is", "are", "was",
        "be", "been", "has", "have", "does", "do", "it", "its", "this", "that", "which", "what", "who", "how",
        "when", "where", "why", "as", "from", "into", "than", "so", "can", "may", "your", "you", "their",
        "they", "he", "she", "his", "her", "true", "false", "best", "most", "following",
    ]
    static let stopHashes: Set<UInt32> = Set(stopWords.map { hash(Array($0.utf8)[...]) })

    /// The distinct word hashes of `texts`, sorted.
    static func hashes(_ texts: [String]) -> [UInt32] {
        var result: [UInt32] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func finish() {
            guard !word.isEmpty else { return }
            let stemmed = stem(word)
            let value = hash(stemmed)
            if !stopHashes.contains(value) { result.append(value) }
            word.removeAll(keepingCapacity: true)
        }
        for text in texts {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                    word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(byte + 32)
                case UInt8(ascii: "'") where !word.isEmpty:
                    continue
                default:
                    finish()
                }
            }
            finish()
        }
        result.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(result.count)
        for value in result where unique.last != value { unique.append(value) }
        return unique
    }

    /// Drops a plural ending: "-ies" → "-y", "-ches/-shes/-sses/-xes" → without "es", "-s" (not
    /// "-ss", "-us", "-is") → without it.
    private static func stem(_ word: [UInt8]) -> ArraySlice<UInt8> {
        let count = word.count
        guard count > 3, word[count - 1] == UInt8(ascii: "s") else { return word[...] }
        let before = word[count - 2]
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
            return word[...]
        }
        if before == UInt8(ascii: "e"), count > 4 {
            let third = word[count - 3]
            if third == UInt8(ascii: "i") { return word[..<(count - 3)] + [UInt8(ascii: "y")] }
            if third == UInt8(ascii: "x") || third == UInt8(ascii: "s")
                || (third == UInt8(ascii: "h")
                    && (word[count - 4] == UInt8(ascii: "c") || word[count - 4] == UInt8(ascii: "s")))
            {
                return word[..<(count - 2)]
            }
        }
        return word[..<(count - 1)]
    }

    /// FNV-1a, 32 bits.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var value: UInt32 = 2_166_136_261
        for byte in bytes {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        return value
    }
}
