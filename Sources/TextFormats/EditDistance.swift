/// Edit distances for "did you mean …?" suggestions (misspelt fields, commands, lesson ids).
public enum EditDistance {
    /// The longest word (in Unicode scalars) that `suggestions` looks for near matches of.
    public static let longestSuggestedWord = 64

    /// True when `word` has at most `longestSuggestedWord` scalars; looks at no more than that
    /// many, whatever the word's length.
    public static func isShortEnoughToSuggest(_ word: some StringProtocol) -> Bool {
        word.utf8.count <= longestSuggestedWord
            || word.unicodeScalars.prefix(longestSuggestedWord + 1).count <= longestSuggestedWord
    }

    /// The Damerau–Levenshtein (optimal string alignment) distance between two strings,
    /// counted in Unicode scalars: insertions, deletions, substitutions and swaps of neighbours.
    public static func between(_ a: String, _ b: String) -> Int {
        let s = Array(a.unicodeScalars)
        let t = Array(b.unicodeScalars)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previousPrevious = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[t.count]
    }

    /// The candidates close enough to `word` to be what was meant, nearest first.
    ///
    /// "Close enough" allows about one edit per three characters (at least one, at most three),
    /// counted against the whole candidate or against its start (so a prefix typed with a typo
    /// still finds the long id); case does not count. A word longer than
    /// `longestSuggestedWord` gets none: names are short, and comparing a multi-megabyte value
    /// with every candidate would cost its length times theirs.
    public static func suggestions(for word: String, among candidates: some Sequence<String>, limit: Int = 3)
        -> [String]
    {
        guard isShortEnoughToSuggest(word) else { return [] }
        let lowered = word.lowercased()
        let budget = max(1, min(3, word.count / 3))
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let other = candidate.lowercased()
            let distance = between(lowered, other)
            if distance <= budget {
                scored.append((distance, candidate))
            } else if lowered.count >= 4, between(lowered, String(other.prefix(lowered.count))) <= budget {
                // A mistyped start of a long id ("refferal" for "referral-patterns") ranks after
                // whole-word matches.
                scored.append((budget + 1 + distance, candidate))
            }
        }
        scored.sort { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        var seen = Set<String>()
        return scored.map(\.candidate).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}
