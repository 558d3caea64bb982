import TextFormats

extension StudentSettings {
    /// The keys a mistyped `key` most likely meant, nearest first.
    ///
    /// Matches ignore case, dashes and underscores (`newPerDay`, `new_per_day`), allow about one
    /// typing slip per three letters, and accept a distinctive part (`retention`).
    static func suggestions(for key: String) -> [String] {
        guard EditDistance.isShortEnoughToSuggest(key) else { return [] }
        let typed = normalized(key)
        guard !typed.isEmpty else { return [] }
        let allowed = min(3, max(1, typed.count / 3))
        let scored = keys.compactMap { setting -> (name: String, distance: Int)? in
            let candidate = normalized(setting.name)
            let distance = editDistance(typed, candidate)
            if distance <= allowed { return (setting.name, distance) }
            if typed.count >= 4 && candidate.contains(typed) { return (setting.name, allowed + 1) }
            return nil
        }
        return scored.sorted { $0.distance < $1.distance }.map(\.name)
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    /// Levenshtein distance in characters (Progress does not depend on TextFormats).
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let s = Array(a)
        let t = Array(b)
        var previous = Array(0...t.count)
        for i in 1...max(s.count, 1) where !s.isEmpty {
            var current = [i] + Array(repeating: 0, count: t.count)
            for j in stride(from: 1, through: t.count, by: 1) {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[t.count]
    }
}
