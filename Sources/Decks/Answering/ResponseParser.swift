import Foundation
import TextFormats

/// Reads the line a student typed as an answer to a question as shown.
///
/// An answer that cannot be understood is never graded: the parser says why, and the session
/// asks again. The forms (`b`, `2`, `a,c`, `bca`, `1b 2c 3a`, `3 1 2 4`, `t`/`f`) are the ones the
/// prompt shows.
public enum ResponseParser {
    public enum Outcome: Sendable, Equatable {
        case answer(Response)
        /// Could not be read; the message says what to type instead.
        case unreadable(String)
    }

    public static func parse(_ line: String, question: Question, presentation: Presentation) -> Outcome {
        let text = line.trimmingWhitespace()
        switch question.kind {
        case .multipleChoice(let choices, _, let multiple):
            return parseChoices(text, count: choices.count, multiple: multiple, presentation: presentation)
        case .trueFalse:
            switch text.lowercased() {
            case "t", "true", "y", "yes": return .answer(.trueFalse(true))
            case "f", "false", "n", "no": return .answer(.trueFalse(false))
            default: return .unreadable("answer t (true) or f (false)")
            }
        case .matching(let pairs):
            return parseMatching(text, count: pairs.count, presentation: presentation)
        case .ordering(let steps):
            return parseOrdering(text, count: steps.count, presentation: presentation)
        case .shortAnswer, .cloze:
            return text.isEmpty ? .unreadable("type your answer (or ? for help)") : .answer(.text(text))
        case .region:
            return parseRegions(text, board: presentation.regions)
        case .flashcard:
            guard let grade = Int(text), (1...4).contains(grade) else {
                return .unreadable("grade yourself 1 (forgot), 2 (hard), 3 (good) or 4 (easy)")
            }
            return .answer(.selfGrade(grade))
        }
    }

    private static func parseChoices(_ text: String, count: Int, multiple: Bool, presentation: Presentation)
        -> Outcome
    {
        let range = "a–\(Presentation.letter(count - 1))"
        let tokens = labelTokens(text)
        guard !tokens.isEmpty else {
            return .unreadable(
                multiple
                    ? "answer with the letters of all correct choices, e.g. a,c"
                    : "answer with one letter, \(range)")
        }
        // A word typed at a one-letter question ("clear") is not a list of letters.
        if !multiple, tokens.count > 1, text.allSatisfy({ $0.isLetter }) {
            return .unreadable("answer with one letter, \(range)")
        }
        var picked: [Int] = []
        for token in tokens {
            guard let position = position(of: token, count: count) else {
                return .unreadable("there is no choice \(QuotedInput.quote(token)); the choices are \(range)")
            }
            if !picked.contains(position) { picked.append(position) }
        }
        if !multiple, picked.count > 1 {
            return .unreadable("choose one answer (\(range)); only one is correct")
        }
        return .answer(.choices(picked.map { presentation.order[$0] }.sorted()))
    }

    private static func parseMatching(_ text: String, count: Int, presentation: Presentation) -> Outcome {
        let range = "a–\(Presentation.letter(count - 1))"
        let help =
            "give a letter for each of the \(count) numbered items, in order (e.g. \(exampleLetters(count)))"
        let compact = text.lowercased().filter { !$0.isWhitespace && $0 != "," }
        var letters: [Character] = []
        if compact.contains(where: \.isNumber) {
            // `1b 2c 3a`: numbered pairs in any order.
            var assigned = [Character?](repeating: nil, count: count)
            var rest = Substring(compact)
            while !rest.isEmpty {
                let digits = rest.prefix(while: \.isNumber)
                guard let number = Int(digits), (1...count).contains(number),
                    let letter = rest.dropFirst(digits.count).first,
                    letter.isLetter
                else { return .unreadable(help) }
                assigned[number - 1] = letter
                rest = rest.dropFirst(digits.count + 1)
            }
            guard assigned.allSatisfy({ $0 != nil }) else { return .unreadable(help) }
            letters = assigned.compactMap { $0 }
        } else {
            letters = Array(compact)
        }
        guard letters.count == count else { return .unreadable(help) }
        var matched: [Int] = []
        for letter in letters {
            guard let position = position(of: String(letter), count: count) else {
                return .unreadable(
                    "there is no item \(QuotedInput.quote(String(letter))) on the right; they are \(range)")
            }
            matched.append(presentation.order[position])
        }
        return .answer(.matching(matched))
    }

    private static func parseOrdering(_ text: String, count: Int, presentation: Presentation) -> Outcome {
        let help =
            "give each step number once, in the right order (e.g. \((1...count).reversed().map(String.init).joined(separator: " ")))"
        var numbers: [Int] = []
        let separated = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == ">" })
        if separated.count == 1, count <= 9, text.allSatisfy(\.isNumber) {
            numbers = text.compactMap { Int(String($0)) }
        } else {
            for piece in separated {
                guard let number = Int(piece) else { return .unreadable(help) }
                numbers.append(number)
            }
        }
        guard numbers.count == count, Set(numbers) == Set(1...count) else { return .unreadable(help) }
        return .answer(.ordering(numbers.map { presentation.order[$0 - 1] }))
    }

    /// `3 7 12`, `3,7`: numbers on the board, each once; the answer is the regions they name.
    private static func parseRegions(_ text: String, board: [String]) -> Outcome {
        guard !board.isEmpty else {
            return .unreadable(
                "this question's body map cannot be shown; skip it (s) and run 'palpate check'")
        }
        let help = "answer with the numbers of the regions, e.g. 3 7 12 (1–\(board.count))"
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
        guard !pieces.isEmpty else { return .unreadable(help) }
        var picked: [String] = []
        for piece in pieces {
            guard let number = Int(piece) else {
                return .unreadable("\(QuotedInput.quote(String(piece))) is not a region number; \(help)")
            }
            guard (1...board.count).contains(number) else {
                return .unreadable(
                    "there is no region \(number) on the map; the regions are 1–\(board.count)")
            }
            if !picked.contains(board[number - 1]) { picked.append(board[number - 1]) }
        }
        return .answer(.regions(picked))
    }

    /// `a,c` / `a c` / `ac` / `1,3` / `b)` → `["a","c"]`.
    private static func labelTokens(_ text: String) -> [String] {
        let pieces = text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
        return pieces.flatMap { piece -> [String] in
            let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: ")."))
            if trimmed.allSatisfy(\.isNumber) { return [trimmed] }
            if trimmed.allSatisfy(\.isLetter) { return trimmed.map { String($0) } }
            return [trimmed]
        }.filter { !$0.isEmpty }
    }

    /// The displayed position of a label: a letter `a`… or a number `1`….
    private static func position(of token: String, count: Int) -> Int? {
        if let number = Int(token) { return (1...count).contains(number) ? number - 1 : nil }
        guard token.count == 1, let scalar = token.unicodeScalars.first, scalar.isASCII, scalar >= "a" else {
            return nil
        }
        let index = Int(scalar.value - UnicodeScalar("a").value)
        return index < count ? index : nil
    }

    private static func exampleLetters(_ count: Int) -> String {
        (0..<count).reversed().map(Presentation.letter).joined()
    }
}
