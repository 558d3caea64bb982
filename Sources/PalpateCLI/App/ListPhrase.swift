/// Words joined as a sentence lists them, for messages: `json, csv, md or html`.
enum ListPhrase {
    /// `a`, `a or b`, `a, b or c`.
    static func or(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        guard words.count > 1 else { return last }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
