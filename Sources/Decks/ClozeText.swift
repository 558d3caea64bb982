import Foundation
import TextFormats

/// A cloze question's text, read in Anki's syntax: `The {{c1::upper trapezius}} refers pain to the
/// {{c2::temple::region}}.`
///
/// Each number is one card: its deletions are hidden (shown as `[...]`, or `[hint]`), the others
/// are shown as written. A number may be used more than once, with the same text or not; the
/// card then asks for each of its deletions, in order.
public struct ClozeText: Sendable, Equatable {
    public enum Segment: Sendable, Equatable {
        case text(String)
        case deletion(number: Int, answer: String, hint: String?)
    }

    public let segments: [Segment]

    /// A problem with a cloze text, and where (a character offset from its start).
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var description: String
    }

    /// Reads `text`, or says what is wrong with it: a `{{` with no `}}`, a `}}` with no `{{`, a
    /// deletion not written `{{cN::answer}}` or `{{cN::answer::hint}}`, or no deletion at all.
    public init(parsing text: String) throws(Problem) {
        var segments: [Segment] = []
        var plain = ""
        let characters = Array(text)
        var index = 0
        /// Whether `pair` (`{{` or `}}`) starts at `position`: compared in place, as this runs for
        /// every character of every cloze text.
        func starts(_ pair: String, at position: Int) -> Bool {
            let brace: Character = pair == "{{" ? "{" : "}"
            return position + 1 < characters.count && characters[position] == brace
                && characters[position + 1] == brace
        }
        while index < characters.count {
            if starts("}}", at: index) {
                throw Problem(
                    offset: index,
                    description:
                        "'}}' at character \(index + 1) closes no '{{'; write deletions as {{c1::text}}")
            }
            guard starts("{{", at: index) else {
                plain.append(characters[index])
                index += 1
                continue
            }
            var end = index + 2
            while end < characters.count, !starts("}}", at: end) {
                if starts("{{", at: end) {
                    throw Problem(
                        offset: end,
                        description:
                            "'{{' at character \(end + 1) opens inside the deletion opened at character \(index + 1); close that one with '}}' first"
                    )
                }
                end += 1
            }
            guard end < characters.count else {
                throw Problem(
                    offset: index,
                    description:
                        "'{{' at character \(index + 1) is never closed; end the deletion with '}}', e.g. {{c1::temple}}"
                )
            }
            let inner = String(characters[(index + 2)..<end])
            segments.append(contentsOf: plain.isEmpty ? [] : [.text(plain)])
            plain = ""
            segments.append(try Self.deletion(inner, offset: index))
            index = end + 2
        }
        if !plain.isEmpty { segments.append(.text(plain)) }
        guard segments.contains(where: { if case .deletion = $0 { true } else { false } }) else {
            throw Problem(
                offset: 0,
                description: "has no deletion; hide at least one part as {{c1::text}}")
        }
        self.segments = segments
    }

    private static func deletion(_ inner: String, offset: Int) throws(Problem) -> Segment {
        let parts = inner.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        let shape = "write it {{c1::text}} or {{c1::text::hint}}"
        guard parts.count == 2 || parts.count == 3, parts[0].first == "c",
            let number = Int(parts[0].dropFirst()), number >= 1, number <= 999,
            parts[0].dropFirst().allSatisfy(\.isASCII)
        else {
            throw Problem(
                offset: offset,
                description:
                    "the deletion at character \(offset + 1) ({{\(inner.prefix(40))}}) is not numbered as cN (1–999); \(shape)"
            )
        }
        let answer = parts[1].trimmingWhitespace()
        guard !answer.isEmpty else {
            throw Problem(
                offset: offset,
                description: "the deletion c\(number) at character \(offset + 1) hides no text; \(shape)")
        }
        let hint = parts.count == 3 ? parts[2].trimmingWhitespace() : nil
        return .deletion(number: number, answer: answer, hint: hint?.isEmpty == true ? nil : hint)
    }

    /// The deletion numbers used, ascending: one card each.
    public var numbers: [Int] {
        Array(Set(segments.compactMap { if case .deletion(let number, _, _) = $0 { number } else { nil } }))
            .sorted()
    }

    /// The hidden texts of card `number`, in the order they appear.
    public func answers(for number: Int) -> [String] {
        segments.compactMap {
            if case .deletion(number, let answer, _) = $0 { answer } else { nil }
        }
    }

    /// The text as card `number` shows it: its deletions as `[...]` (or `[hint]`), the others
    /// written out.
    public func prompt(for number: Int) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .deletion(number, _, let hint): "[\(hint ?? "...")]"
            case .deletion(_, let answer, _): answer
            }
        }.joined()
    }

    /// The text with every deletion written out.
    public var revealed: String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .deletion(_, let answer, _): answer
            }
        }.joined()
    }

    /// The card id part a deletion adds to its question's id: `q` → `q--c1`. A question id never
    /// holds two hyphens in a row (`Slug`), so a card id made this way cannot clash with an
    /// authored question's id, and it stays letters, digits and hyphens.
    public static func cardSuffix(_ number: Int) -> String { "--c\(number)" }

    /// The question id and number of a card id made with `cardSuffix`, or `nil` for another id.
    public static func split(cardID: String) -> (question: String, number: Int)? {
        guard let range = cardID.range(of: "--c", options: .backwards),
            let number = Int(cardID[range.upperBound...]), number >= 1
        else { return nil }
        return (String(cardID[..<range.lowerBound]), number)
    }
}

extension ClozeText {
    /// Grades a typed answer to card `number` with the short-answer rules; a card hiding several
    /// texts takes them separated by `;`, in order.
    public func accepts(_ given: String, for number: Int) -> Bool {
        let expected = answers(for: number)
        guard expected.count > 1 else { return ShortAnswerMatcher.matches(given, accepted: expected) }
        let parts = given.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == expected.count else { return false }
        return zip(parts, expected).allSatisfy { ShortAnswerMatcher.matches($0, accepted: [$1]) }
    }
}
