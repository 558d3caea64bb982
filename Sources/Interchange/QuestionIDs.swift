import TextFormats

/// Stable ids for imported questions: from a title when there is one (`::Upper trap zone::` →
/// `upper-trap-zone`), else `q-` and a hash of the question's text, so importing the same source
/// twice gives the same ids. A second question with the same id gets `-2`, `-3`… in source order.
struct QuestionIDs {
    private var used: Set<String> = []

    static func base(title: String?, text: String) -> String {
        if let title {
            var slug = String(Slug.make(from: title).prefix(Slug.maximumLength - 8))
            while slug.hasSuffix("-") { slug.removeLast() }
            if !slug.isEmpty { return slug }
        }
        let hex = String(StableHash.of(text.utf8), radix: 16)
        return "q-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `base`, or `base-2`… when taken; the second value says it was renamed.
    mutating func claim(_ base: String) -> (id: String, renamed: Bool) {
        var id = base
        var number = 1
        while used.contains(id) {
            number += 1
            id = "\(base)-\(number)"
        }
        used.insert(id)
        return (id, number > 1)
    }
}
