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
    /// The stop words' hashes, made the way `add` makes a word's (plural rule included), sorted.
    static let stopHashes: [UInt32] = {
        var hashes: [UInt32] = []
        for word in stopWords { add(word, into: &hashes, keepingStopWords: true) }
        return hashes.sorted()
    }()
    /// A 4,096-bit filter over `stopHashes`: most words are ruled out by one bit test.
    static let stopFilter: [UInt64] = filter(stopHashes)

    static func filter(_ hashes: [UInt32]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 64)
        for hash in hashes { bits[Int(hash & 4095) >> 6] |= 1 << UInt64(hash & 63) }
        return bits
    }

    static func contains(_ hash: UInt32, filter: [UInt64], sorted: [UInt32]) -> Bool {
        guard filter[Int(hash & 4095) >> 6] & (1 << UInt64(hash & 63)) != 0 else { return false }
        // A binary search: the filter lets through every stop word, about a third of all words.
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == hash
    }

    /// The distinct word hashes of `texts`, sorted.
    static func hashes(_ texts: [String]) -> [UInt32] {
        var result: [UInt32] = []
        for text in texts { add(text, into: &result) }
        sortUnique(&result, from: 0)
        return result
    }

    /// Appends the hashes of `text`'s words to `result` (unsorted).
    ///
    /// - Parameter keepingStopWords: `true` to keep the small words too.
    static func add(_ text: String, into result: inout [UInt32], keepingStopWords: Bool = false) {
        var text = text
        text.withUTF8 { add(bytes: $0, into: &result, keepingStopWords: keepingStopWords) }
    }

    /// Each byte's part in a word: 0 ends a word, 1 is an apostrophe (dropped, but inside a word
    /// it does not end it), anything else is the byte lower-cased.
    static let byteClass: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
            return byte
        case UInt8(ascii: "'"): return 1
        default: return 0
        }
    }

    /// Hashes each word (FNV-1a over its lower-cased bytes) as it is read, keeping the hash as it
    /// stood before each of the last three bytes, so a plural ending ("-ies" → "-y",
    /// "-ches/-shes/-sses/-xes" → without "es", "-s" but not "-ss", "-us", "-is" → without it) is
    /// dropped by taking an earlier hash: no word is copied, and everything stays in registers.
    private static func add(
        bytes: UnsafeBufferPointer<UInt8>, into result: inout [UInt32], keepingStopWords: Bool
    ) {
        // Read once: each use of a static array costs a lazy-initialisation check and a retain.
        // Not the stop words when keeping them: that is how `stopHashes` itself is made.
        let classes = byteClass
        let filter = keepingStopWords ? [] : stopFilter
        let stops = keepingStopWords ? [] : stopHashes
        let basis: UInt32 = 2_166_136_261
        let prime: UInt32 = 16_777_619
        let count = bytes.count
        var index = 0
        while index < count {
            // Skip to the next word.
            while index < count, classes[Int(bytes[index])] < 2 { index += 1 }
            guard index < count else { break }
            let start = index
            while index < count, classes[Int(bytes[index])] != 0 { index += 1 }
            // The word is bytes[start..<index]; apostrophes inside it are dropped.
            var end = index
            var addY = false
            let length = end - start
            if length > 3, classes[Int(bytes[end - 1])] == UInt8(ascii: "s") {
                let last2 = classes[Int(bytes[end - 2])]
                let last3 = classes[Int(bytes[end - 3])]
                let s = UInt8(ascii: "s")
                if last2 == s || last2 == UInt8(ascii: "u") || last2 == UInt8(ascii: "i") {
                    // "-ss", "-us", "-is": not a plural.
                } else if last2 == UInt8(ascii: "e"), length > 4, last3 == UInt8(ascii: "i") {
                    end -= 3
                    addY = true
                } else if last2 == UInt8(ascii: "e"), length > 4,
                    last3 == UInt8(ascii: "x") || last3 == s
                        || (last3 == UInt8(ascii: "h")
                            && (classes[Int(bytes[end - 4])] == UInt8(ascii: "c")
                                || classes[Int(bytes[end - 4])] == s))
                {
                    end -= 2
                } else {
                    end -= 1
                }
            }
            var value = basis
            for position in start..<end {
                let letter = classes[Int(bytes[position])]
                if letter > 1 { value = (value ^ UInt32(letter)) &* prime }
            }
            if addY { value = (value ^ UInt32(UInt8(ascii: "y"))) &* prime }
            if keepingStopWords || !contains(value, filter: filter, sorted: stops) { result.append(value) }
        }
    }

    /// Sorts `values` from `start` on and drops repeats there.
    static func sortUnique(_ values: inout [UInt32], from start: Int) {
        if values.count - start <= 32 {
            // A prompt has a dozen or two words: insertion sort beats the general sort there.
            var index = start + 1
            while index < values.count {
                let value = values[index]
                var slot = index
                while slot > start, values[slot - 1] > value {
                    values[slot] = values[slot - 1]
                    slot -= 1
                }
                values[slot] = value
                index += 1
            }
        } else {
            values[start...].sort()
        }
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
