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
        for text in texts { add(text, into: &result) }
        sortUnique(&result, from: 0)
        return result
    }

    /// Appends the hashes of `text`'s words to `result` (unsorted).
    ///
    /// Each word is hashed as it is read (FNV-1a), keeping the hash as it stood before each of
    /// the last three bytes, so a plural ending is dropped by taking an earlier hash: no word is
    /// ever copied.
    /// - Parameter keepingStopWords: `true` to keep the small words too.
    static func add(_ text: String, into result: inout [UInt32], keepingStopWords: Bool = false) {
        var text = text
        text.withUTF8 { add(bytes: $0, into: &result, keepingStopWords: keepingStopWords) }
    }

    private static func add(
        bytes: UnsafeBufferPointer<UInt8>, into result: inout [UInt32], keepingStopWords: Bool
    ) {
        let basis: UInt32 = 2_166_136_261
        var hash = basis
        // The hash before the last byte, the one before that, and so on; and the last bytes.
        var before1 = basis
        var before2 = basis
        var before3 = basis
        var last1: UInt8 = 0
        var last2: UInt8 = 0
        var last3: UInt8 = 0
        var last4: UInt8 = 0
        var count = 0
        func finish() {
            guard count > 0 else { return }
            var value = hash
            let s = UInt8(ascii: "s")
            let e = UInt8(ascii: "e")
            if count > 3, last1 == s, last2 != s, last2 != UInt8(ascii: "u"), last2 != UInt8(ascii: "i") {
                if last2 == e, count > 4, last3 == UInt8(ascii: "i") {
                    value = (before3 ^ UInt32(UInt8(ascii: "y"))) &* 16_777_619
                } else if last2 == e, count > 4,
                    last3 == UInt8(ascii: "x") || last3 == s
                        || (last3 == UInt8(ascii: "h") && (last4 == UInt8(ascii: "c") || last4 == s))
                {
                    value = before2
                } else {
                    value = before1
                }
            }
            if keepingStopWords || !stopHashes.contains(value) { result.append(value) }
            hash = basis
            count = 0
        }
        for byte in bytes {
            var letter = byte
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letter = byte + 32
            case UInt8(ascii: "'") where count > 0:
                continue
            default:
                finish()
                continue
            }
            before3 = before2
            before2 = before1
            before1 = hash
            last4 = last3
            last3 = last2
            last2 = last1
            last1 = letter
            hash = (hash ^ UInt32(letter)) &* 16_777_619
            count += 1
        }
        finish()
    }

    /// Sorts `values` from `start` on and drops repeats there.
    static func sortUnique(_ values: inout [UInt32], from start: Int) {
        values[start...].sort()
        var write = start
        for read in start..<values.count where write == start || values[write - 1] != values[read] {
            values[write] = values[read]
            write += 1
        }
        values.removeSubrange(write...)
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
