import Decks
import Foundation
import TextFormats

/// The answer block of each GIFT question type, made a Palpate question kind; the strings
/// returned with it say what had to change.
enum GIFTAnswers {
    typealias Converted = Result<(Question.Kind, [String]), Skip>

    /// `%50%` at the start of an answer: its weight in percent, and the rest.
    static func weight(_ answer: Substring) -> (Double?, Substring) {
        guard answer.hasPrefix("%"), let end = answer.dropFirst().firstIndex(of: "%"),
            let value = Double(answer[answer.index(after: answer.startIndex)..<end])
        else { return (nil, answer) }
        return (value, answer[answer.index(after: end)...])
    }

    /// An answer and its `#feedback`.
    static func feedback(_ answer: Substring, text: GIFTText) -> (String, String?) {
        let parts = answer.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let feedback = parts.count > 1 ? text.clean(parts[1]) : ""
        return (text.clean(parts[0]), feedback.isEmpty ? nil : feedback)
    }

    static func multipleChoice(_ block: String, text: GIFTText) -> Converted {
        let multiple = !block.contains("=")
        let pieces = block.split(separator: "~").flatMap { $0.splitKeepingEquals() }.map {
            $0.trimmed
        }.filter { !$0.isEmpty }
        var choices: [Choice] = []
        var correct: [Int] = []
        var changes: [String] = []
        for piece in pieces {
            var rest = Substring(piece)
            var fraction: Double = 0
            if rest.hasPrefix("=") {
                fraction = 100
                rest = rest.dropFirst()
            } else {
                let (weight, after) = weight(rest)
                fraction = weight ?? 0
                rest = after
            }
            let (answer, feedback) = self.feedback(rest, text: text)
            guard !answer.isEmpty else { return .failure(Skip("one of its choices is empty")) }
            if fraction > 0 { correct.append(choices.count) }
            if fraction > 0 && fraction < 100 && !multiple {
                changes.append("the partial credit of \(QuotedInput.quote(answer)) counts as wrong")
                correct.removeLast()
            }
            choices.append(Choice(answer, feedback: feedback))
        }
        guard choices.count >= 2 else {
            return .failure(Skip("a multiple-choice question needs two choices"))
        }
        guard !correct.isEmpty else { return .failure(Skip("none of its choices has a positive weight")) }
        if multiple {
            changes.append("answer weights became choose-all-that-apply (positive weights correct)")
        } else if let skip = SingleAnswerKey.keepFirst(&choices, correct: &correct, changes: &changes) {
            return .failure(skip)
        }
        return .success((.multipleChoice(choices: choices, correct: correct, multiple: multiple), changes))
    }

    static func matching(_ block: String, text: GIFTText) -> Converted {
        var pairs: [MatchingPair] = []
        var changes: [String] = []
        for piece in block.split(separator: "=") {
            let piece = piece.trimmed
            guard !piece.isEmpty else { continue }
            guard let arrow = piece.firstRange(of: "->") else {
                return .failure(Skip("the pair \(QuotedInput.quote(piece)) has no '->'"))
            }
            let left = text.clean(piece[..<arrow.lowerBound])
            let right = text.clean(piece[arrow.upperBound...])
            guard !right.isEmpty else { return .failure(Skip("a pair has nothing after '->'")) }
            if left.isEmpty {
                changes.append(
                    "the extra answer \(QuotedInput.quote(right)) (a pair with no question) is left out")
                continue
            }
            pairs.append(MatchingPair(left: left, right: right))
        }
        guard pairs.count >= 2 else { return .failure(Skip("a matching question needs two pairs")) }
        return .success((.matching(pairs: pairs), changes))
    }

    /// `{T}`, `{FALSE#wrong answer's feedback#right answer's feedback}`; `nil` when it is not one.
    static func trueFalse(_ block: String, text: GIFTText) -> (Question.Kind, [String])? {
        let parts = block.split(separator: "#", maxSplits: 2, omittingEmptySubsequences: false)
        let value: Bool
        switch parts[0].trimmed {
        case "T", "TRUE": value = true
        case "F", "FALSE": value = false
        default: return nil
        }
        let feedbacks = parts.dropFirst().map { text.clean($0) }.filter { !$0.isEmpty }
        return (
            .trueFalse(answer: value),
            feedbacks.isEmpty
                ? []
                : ["its answer feedback is added to the explanation: " + feedbacks.joined(separator: " / ")]
        )
    }

    static func shortAnswer(_ block: String, text: GIFTText) -> Converted {
        var accepted: [String] = []
        var changes: [String] = []
        for piece in block.split(separator: "=") {
            let (weight, rest) = weight(Substring(piece.trimmed))
            let (answer, feedback) = self.feedback(rest, text: text)
            guard !answer.isEmpty else { continue }
            if let weight, weight < 100 {
                changes.append("\(QuotedInput.quote(answer)), worth \(Int(weight))%, is not accepted")
                continue
            }
            if feedback != nil { changes.append("the feedback on \(QuotedInput.quote(answer)) is left out") }
            accepted.append(answer)
        }
        guard !accepted.isEmpty else { return .failure(Skip("it has no fully correct answer")) }
        return .success((.shortAnswer(accepted: accepted), changes))
    }

    /// `{#1822}`, `{#1822:0}`, `{#=1822 =%50%1821}`: exact numbers become accepted answers; a
    /// tolerance or a range cannot be graded by typed text, so the question is skipped.
    static func numerical(_ block: String, text: GIFTText) -> Converted {
        let pieces = block.contains("=") ? block.split(separator: "=").map(String.init) : [block]
        var accepted: [String] = []
        var changes: [String] = []
        for piece in pieces {
            let (weight, rest) = weight(Substring(piece.trimmed))
            let (answer, _) = feedback(rest, text: text)
            guard !answer.isEmpty else { continue }
            if let weight, weight < 100 {
                changes.append("\(QuotedInput.quote(answer)), worth \(Int(weight))%, is not accepted")
                continue
            }
            if answer.contains("..") {
                return .failure(Skip("a numerical range (\(answer)) cannot be graded as typed text"))
            }
            let parts = answer.split(separator: ":", maxSplits: 1)
            guard let value = Double(parts[0]) else {
                return .failure(Skip("\(QuotedInput.quote(answer)) is not a number"))
            }
            if parts.count > 1, let tolerance = Double(parts[1]), tolerance != 0 {
                return .failure(
                    Skip("a numerical answer with a tolerance (\(answer)) cannot be graded as typed text"))
            }
            accepted.append(String(parts[0]).trimmingWhitespace())
            _ = value
        }
        guard !accepted.isEmpty else { return .failure(Skip("it has no fully correct number")) }
        changes.append("a numerical question, made a short-answer question with the exact number")
        return .success((.shortAnswer(accepted: accepted), changes))
    }

    /// An explanation for a question that has none: its answer, stated.
    static func statedAnswer(_ kind: Question.Kind) -> String {
        switch kind {
        case .multipleChoice(let choices, let correct, _):
            return "The answer: " + correct.map { choices[$0].text }.joined(separator: "; ") + "."
        case .trueFalse(let answer): return "The statement is \(answer ? "true" : "false")."
        case .matching(let pairs):
            return "The pairs: " + pairs.map { "\($0.left) → \($0.right)" }.joined(separator: "; ") + "."
        case .ordering(let steps): return "The order: " + steps.joined(separator: ", ") + "."
        case .shortAnswer(let accepted): return "The answer: \(accepted[0])."
        case .flashcard(let back): return back
        case .cloze(let text, _): return (try? ClozeText(parsing: text))?.revealed ?? text
        case .region(let answer): return "The regions: " + answer.essential.joined(separator: ", ") + "."
        }
    }
}

extension Substring {
    /// `a =b =c` → `a `, `=b `, `=c`: GIFT's `=` starts a correct choice as `~` starts a wrong one.
    fileprivate func splitKeepingEquals() -> [Substring] {
        var pieces: [Substring] = []
        var start = startIndex
        for index in indices where self[index] == "=" && index != start {
            pieces.append(self[start..<index])
            start = index
        }
        pieces.append(self[start...])
        return pieces
    }
}
