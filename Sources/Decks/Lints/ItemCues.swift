/// The item-writing cues a student can answer by without knowing the content, as pure functions
/// of a question's text: the lints in `QuestionCueCheck` and `DeckCueTally` use them.
///
/// Lengths are counted in characters after trimming, so a trailing space or an accent does not
/// change a figure.
enum ItemCues {
    /// Words that make a statement sweeping, which item writers put in false statements far more
    /// often than in true ones.
    static let absoluteWords: Set<String> = [
        "always", "never", "proven", "prove", "all", "only", "completely", "every", "none",
        "nothing", "guaranteed", "guarantee", "cure", "impossible", "entirely", "totally",
        "certainly", "absolutely",
    ]

    /// Each absolute word by its hash as `PromptWords.add` computes it (plurals folded, so
    /// "cures" is "cure").
    static let absoluteByHash: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for word in absoluteWords {
            var hashes: [UInt32] = []
            PromptWords.add(word, into: &hashes)
            if let hash = hashes.first, table[hash] == nil { table[hash] = word }
        }
        return table
    }()

    static let absoluteHashes: [UInt32] = absoluteByHash.keys.sorted()
    static let absoluteFilter: [UInt64] = PromptWords.filter(absoluteHashes)

    /// The absolute words in `text`, each once.
    static func absoluteWords(in text: String) -> [String] {
        var hashes: [UInt32] = []
        PromptWords.add(text, into: &hashes, keepingStopWords: true)
        return absoluteWords(amongHashes: hashes[...])
    }

    /// The absolute words among a text's word hashes (`PromptWords`), each once: a prompt already
    /// read for `PromptSignatures` is not read again. None of them is a stop word.
    static func absoluteWords(amongHashes hashes: ArraySlice<UInt32>) -> [String] {
        let filter = absoluteFilter
        let sorted = absoluteHashes
        var found: [String] = []
        for hash in hashes where PromptWords.contains(hash, filter: filter, sorted: sorted) {
            if let word = absoluteByHash[hash], !found.contains(word) { found.append(word) }
        }
        return found
    }

    /// "All of the above" and "None of the above" (and "both of the above"), which point at or
    /// away from the key. Such a choice is short and holds "above", so other texts are not even
    /// split into words.
    static func isAboveChoice(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 40, endsWithAbove(bytes) else { return false }
        let joined = words(text).joined(separator: " ")
        return joined.hasSuffix("of the above") || joined == "all the above" || joined == "none above"
    }

    /// Whether the text's last word, before any closing punctuation, ends in "above".
    private static func endsWithAbove(_ bytes: String.UTF8View) -> Bool {
        // The last five letters, packed into one integer, read from the end.
        var packed: UInt64 = 0
        var letters = 0
        for byte in bytes.reversed() {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) {
                packed = packed << 8 | UInt64(lower)
                letters += 1
                if letters == 5 { break }
            } else if letters > 0 {
                break
            }
        }
        // "above" read backwards is e, v, o, b, a: packed with "a" in the lowest byte.
        return letters == 5 && packed == 0x65_76_6F_62_61
    }

    /// A choice's length as a reader sees it: its characters (Unicode scalars, which for the text of
    /// a deck is the same and costs a fraction of counting grapheme clusters), spaces at either
    /// end left out. Counted on the bytes: it runs on every choice of a deck being checked.
    static func length(_ text: String) -> Int {
        var text = text
        return text.withUTF8(length(bytes:))
    }

    private static func length(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var trailing = 0
        for byte in bytes where byte & 0xC0 != 0x80 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if count > 0 { trailing += 1 }
            } else {
                count += trailing + 1
                trailing = 0
            }
        }
        return count
    }

    /// Lower-case runs of ASCII letters and digits (other bytes, such as accented letters, belong
    /// to the word they are in; an apostrophe inside a word stays). Works on the bytes: it runs
    /// on every true/false statement of a deck being checked.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var word: [UInt8] = []
        func finish() {
            if !word.isEmpty { result.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                word.append(byte + 32)
            case UInt8(ascii: "'") where !word.isEmpty:
                word.append(byte)
            default:
                finish()
            }
        }
        finish()
        return result
    }
}
