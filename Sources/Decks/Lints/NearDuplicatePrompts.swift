import TextFormats

/// Finds questions whose prompts are near-identical, within a deck and across decks, in time
/// linear in the number of questions.
///
/// Two prompts are near-identical when at least `threshold` of their distinct words
/// (`PromptWords`) are shared (Jaccard similarity). Comparing every pair would take hours at
/// 100,000 questions, so candidates come from MinHash bands: each prompt gets `bands` keys, each
/// the minimum of two hash functions over its words, and prompts sharing a key are likely
/// similar (at 70% shared words, 99.5% of pairs share a key; pairs that share less are compared and
/// dropped). Each prompt is
/// compared only with the first prompt seen under each of its keys, at most `bands` comparisons,
/// and a question is reported once, against the earliest it repeats.
public enum NearDuplicatePrompts {
    public static let threshold = 0.7
    static let bands = 8

    /// Warnings at each later question of a near-identical pair, in the order given (at most
    /// `LintPlaces.perDeck` per deck file, then how many more).
    public static func find(in decks: [PromptSignatures]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var places = [LintPlaces](repeating: LintPlaces(), count: decks.count)
        var firstByKey: [UInt64: (deck: Int32, question: Int32)] = [:]
        firstByKey.reserveCapacity(decks.reduce(0) { $0 + $1.count } * 2)
        var keys = [UInt64](repeating: 0, count: bands)
        for (deckIndex, deck) in decks.enumerated() {
            for question in 0..<deck.count {
                let words = deck.words(of: question)
                guard !words.isEmpty else { continue }
                bandKeys(words, into: &keys)
                var reported = false
                for key in keys {
                    guard let first = firstByKey[key] else {
                        firstByKey[key] = (Int32(deckIndex), Int32(question))
                        continue
                    }
                    guard !reported else { continue }
                    let other = decks[Int(first.deck)]
                    let share = similarity(words, other.words(of: Int(first.question)))
                    guard share >= threshold else { continue }
                    reported = true
                    guard places[deckIndex].admit(.nearDuplicate) else { continue }
                    diagnostics.append(
                        warning(
                            deck: deck, question: question, other: other, otherQuestion: Int(first.question),
                            share: share))
                }
            }
            for summary in places[deckIndex].summaries {
                let first = diagnostics.last { $0.file == deck.file }?.position
                diagnostics.append(
                    Diagnostic(.warning, file: deck.file, position: first, message: summary, field: "prompt"))
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
                // The words are hashes already: one multiply and shift per function is enough.
                var a = (UInt64(word) | UInt64(word) << 32) ^ seedA
                a = (a ^ (a >> 29)) &* 0xBF58_476D_1CE4_E5B9
                var b = (UInt64(word) | UInt64(word) << 32) ^ seedB
                b = (b ^ (b >> 29)) &* 0xBF58_476D_1CE4_E5B9
                minimumA = min(minimumA, a ^ (a >> 32))
                minimumB = min(minimumB, b ^ (b >> 32))
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
