import TextFormats

/// Finds questions whose prompts are near-identical, within a deck and across decks, in time
/// linear in the number of questions.
///
/// Two prompts are near-identical when at least `threshold` of their distinct words
/// (`PromptWords`) are shared (Jaccard similarity). Comparing every pair would take hours at
/// 100,000 questions, so candidates come from MinHash bands: each prompt gets `bands` keys, each
/// the minimum of two hash functions over its words, and prompts sharing a key are likely
/// similar (at 70% shared words, 98% of pairs share a key; pairs that share less are compared and
/// dropped). Each prompt is
/// compared only with the first prompt seen under each of its keys, at most `bands` comparisons,
/// and a question is reported once, against the earliest it repeats.
public enum NearDuplicatePrompts {
    public static let threshold = 0.7
    static let bands = 6

    /// Warnings at each later question of a near-identical pair, in the order given (at most
    /// `LintPlaces.perDeck` per deck file, then how many more).
    public static func find(in decks: [PromptSignatures]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var places = [LintPlaces](repeating: LintPlaces(), count: decks.count)
        var firstByKey = BandTable()
        // Questions are numbered across all decks; `starts[d]` is deck d's first number.
        var starts: [Int] = []
        var total = 0
        for deck in decks {
            starts.append(total)
            total += deck.count
        }
        func place(_ number: Int32) -> (deck: Int, question: Int) {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= Int(number) { low = middle } else { high = middle - 1 }
            }
            return (low, Int(number) - starts[low])
        }
        var keys = [UInt64](repeating: 0, count: bands)
        for (deckIndex, deck) in decks.enumerated() {
            for question in 0..<deck.count {
                let words = deck.words(of: question)
                guard !words.isEmpty else { continue }
                bandKeys(words, into: &keys)
                var reported = false
                for key in keys {
                    guard let number = firstByKey.firstOrInsert(key, Int32(starts[deckIndex] + question))
                    else {
                        continue
                    }
                    let first = place(number)
                    guard !reported else { continue }
                    let other = decks[first.deck]
                    let share = similarity(words, other.words(of: first.question))
                    guard share >= threshold else { continue }
                    reported = true
                    guard places[deckIndex].admit(.nearDuplicate) else { continue }
                    diagnostics.append(
                        warning(
                            deck: deck, question: question, other: other, otherQuestion: first.question,
                            share: share))
                }
            }
            for summary in places[deckIndex].summaries {
                // Beside the last place listed, where the unlisted ones begin.
                let lastListed = diagnostics.last { $0.file == deck.file }?.position
                diagnostics.append(
                    Diagnostic(
                        .warning, file: deck.file, position: lastListed, message: summary, field: "prompt"))
            }
        }
        return diagnostics
    }

    private static func warning(
        deck: PromptSignatures, question: Int, other: PromptSignatures, otherQuestion: Int, share: Double
    ) -> Diagnostic {
        let id = deck.ids[question]
        let otherID = other.ids[otherQuestion]
        let place = "\(other.file):\(other.positions[otherQuestion].line)"
        let how =
            share >= 1
            ? "asks with the same words as question '\(otherID)' (\(place))"
            : "nearly repeats question '\(otherID)' (\(place)): \(Int((share * 100).rounded()))% of their words are the same"
        return Diagnostic(
            .warning, file: deck.file, position: deck.positions[question],
            message: "question '\(id)', field 'prompt': the prompt \(how); keep one question per fact "
                + "(retire the other id) or make them ask different things",
            questionID: id, field: "prompt")
    }

    /// The share of distinct words two sorted word lists have in common.
    static func similarity(_ left: ArraySlice<UInt32>, _ right: ArraySlice<UInt32>) -> Double {
        var shared = 0
        var i = left.startIndex
        var j = right.startIndex
        while i < left.endIndex, j < right.endIndex {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = left.count + right.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Each band's key: the minimum of two seeded hashes over the words, with the band's number.
    private static func bandKeys(_ words: ArraySlice<UInt32>, into keys: inout [UInt64]) {
        for band in 0..<bands {
            let seedA = UInt64(band * 2 + 1) &* 0x9E37_79B9_7F4A_7C15
            let seedB = UInt64(band * 2 + 2) &* 0x9E37_79B9_7F4A_7C15
            var minimumA = UInt64.max
            var minimumB = UInt64.max
            for word in words {
                // The words are hashes already: one multiply per function spreads them enough.
                let spread = UInt64(word) &* 0x9E37_79B9_7F4A_7C15
                minimumA = min(minimumA, ((spread ^ seedA) &* 0xBF58_476D_1CE4_E5B9) >> 16)
                minimumB = min(minimumB, ((spread ^ seedB) &* 0x94D0_49BB_1331_11EB) >> 16)
            }
            keys[band] = mix(minimumA ^ (minimumB &* 31) ^ UInt64(band))
        }
    }

    /// SplitMix64's finaliser: a cheap hash that spreads every bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The first question seen under each band key: open addressing in flat arrays (12 bytes a slot,
/// kept at most three quarters full), as a dictionary hashed every key again for little gain;
/// band keys are hashes already, so their low bits pick the slot.
private struct BandTable {
    /// 0 marks an empty slot (a key that is 0 is stored as 1).
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: 0, count: 1024)
    }

    /// The value stored under `key`; or, when there is none, stores `value` and returns `nil`.
    mutating func firstOrInsert(_ key: UInt64, _ value: Int32) -> Int32? {
        let key = key == 0 ? 1 : key
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 4 >= keys.count * 3 { grow() }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
