import Decks
import Foundation
import TextFormats

/// Reads Moodle's GIFT format the way `question/format/gift/format.php` does: questions
/// separated by blank lines, `//` comment lines, `$CATEGORY:`, `::title::`, one `{…}` answer
/// block, `[html]`-style text formats, `\`-escapes, `####` general feedback.
public struct GIFTReader {
    let file: String
    private var ids = QuestionIDs()
    private var categoryTags: [String] = []
    private var result = ImportResult()

    /// Reads a whole GIFT file.
    ///
    /// - Throws: `InterchangeError` with the line of the first question whose braces do not
    ///   balance; nothing of the file is kept then.
    public static func read(_ text: String, file: String) throws(InterchangeError) -> ImportResult {
        var reader = GIFTReader(file: file)
        for block in blocks(of: text) { try reader.add(block) }
        return reader.result
    }

    struct Block {
        var line: Int
        var text: String
    }

    /// Questions are separated by blank lines; comment lines are dropped without separating.
    static func blocks(of text: String) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        var start = 1
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                if !current.isEmpty {
                    blocks.append(Block(line: start, text: current.joined(separator: "\n")))
                }
                current = []
            } else if trimmed.hasPrefix("//") {
                continue
            } else {
                if current.isEmpty { start = number }
                current.append(Substring(trimmed))
            }
        }
        if !current.isEmpty { blocks.append(Block(line: start, text: current.joined(separator: "\n"))) }
        return blocks
    }

    private mutating func add(_ block: Block) throws(InterchangeError) {
        var text = GIFTEscapes.hide(block.text)
        if text.hasPrefix("$CATEGORY:") {
            let path = GIFTEscapes.restore(text.dropFirst("$CATEGORY:".count)).trimmingWhitespace()
            categoryTags = Self.tags(fromCategory: path)
            if result.category == nil { result.category = Self.title(ofCategory: path) }
            return
        }
        var title: String?
        if text.hasPrefix("::"), let end = text.dropFirst(2).firstRange(of: "::") {
            title = GIFTEscapes.restore(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound])
                .trimmingWhitespace()
            text = String(text[end.upperBound...]).trimmingWhitespace()
        }
        let subject = title ?? String(GIFTEscapes.restore(text).prefix(40))
        // Braces are ASCII, so their UTF-8 positions are valid string indices.
        let utf8 = text.utf8
        let opens = utf8.indices.filter { utf8[$0] == UInt8(ascii: "{") }
        let closes = utf8.indices.filter { utf8[$0] == UInt8(ascii: "}") }
        if opens.isEmpty && closes.isEmpty {
            note(block, .skipped, subject, "a description (no answer block): Palpate asks only questions")
            return
        }
        guard opens.count == 1, closes.count == 1, let open = opens.first, let close = closes.first,
            open < close
        else {
            throw braceError(block, text: text, opens: opens, closes: closes)
        }
        var answer = String(text[text.index(after: open)..<close]).trimmingWhitespace()
        let after = text[text.index(after: close)...].trimmingWhitespace()
        let isMissingWord = !after.isEmpty
        // Kept so a missing word's blank sits in its text as written: "the {=heel}, so" has no
        // space before the comma.
        let spacedBefore = text[..<open].last?.isWhitespace ?? false
        let spacedAfter = text[text.index(after: close)...].first?.isWhitespace ?? false
        let before = String(text[..<open])
        var generalFeedback = ""
        if let separator = answer.ranges(of: "####").last {
            generalFeedback = String(answer[separator.upperBound...])
            answer = String(answer[..<separator.lowerBound]).trimmingWhitespace()
        }
        let format = GIFTText.format(of: before)
        let parts = GIFTText(format: format)
        let question = Parsed(
            block: block, title: title, subject: subject, before: parts.clean(GIFTText.dropFormat(before)),
            after: parts.clean(after), isMissingWord: isMissingWord, spacedBefore: spacedBefore,
            spacedAfter: spacedAfter, answer: answer,
            explanation: parts.clean(GIFTText.dropFormat(generalFeedback)), text: parts)
        convert(question)
    }

    private func braceError(_ block: Block, text: String, opens: [String.Index], closes: [String.Index])
        -> InterchangeError
    {
        let problem: String
        let at: String.Index
        if opens.count > closes.count {
            at = opens[closes.count]
            problem = "this '{' is never closed; end the answers with '}' (write \\{ for a literal brace)"
        } else if closes.count > opens.count {
            at = closes[opens.count]
            problem = "this '}' closes no '{' (write \\} for a literal brace)"
        } else if let open = opens.first, let close = closes.first, close < open {
            at = close
            problem = "this '}' comes before its '{'"
        } else {
            at = opens[1]
            problem =
                "a GIFT question has one answer block; this second '{' starts another (write \\{ for a literal brace)"
        }
        let head = text[..<at]
        let line = block.line + head.filter { $0 == "\n" }.count
        let column =
            head.count
            - (head.lastIndex(of: "\n").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? 0) + 1
        return InterchangeError(
            file: file, line: line, column: column,
            message: "unbalanced braces in \(QuotedInput.quote(GIFTEscapes.restore(text))): \(problem)")
    }

    struct Parsed {
        var block: Block
        var title: String?
        var subject: String
        var before: String
        var after: String
        var isMissingWord: Bool
        /// Whether white space separates the answer block from the text before and after it.
        var spacedBefore: Bool
        var spacedAfter: Bool
        var answer: String
        var explanation: String
        var text: GIFTText

        var prompt: String {
            isMissingWord ? HTMLText.collapse("\(before) _____ \(after)") : before
        }
    }

    private mutating func convert(_ question: Parsed) {
        let answer = question.answer
        let kind: Result<(Question.Kind, [String]), Skip>
        if answer.isEmpty {
            kind = .failure(
                Skip("an essay (an empty answer block): Palpate grades only answers it can check"))
        } else if answer.hasPrefix("#") {
            kind = GIFTAnswers.numerical(String(answer.dropFirst()), text: question.text)
        } else if answer.contains("~") {
            kind = GIFTAnswers.multipleChoice(answer, text: question.text)
        } else if answer.contains("="), answer.contains("->") {
            kind = GIFTAnswers.matching(answer, text: question.text)
        } else if let answer = GIFTAnswers.trueFalse(answer, text: question.text) {
            kind = .success(answer)
        } else {
            kind = GIFTAnswers.shortAnswer(answer, text: question.text)
        }
        switch kind {
        case .failure(let skip):
            note(question.block, .skipped, question.subject, skip.reason)
        case .success(let (converted, changesSoFar)):
            var changes = changesSoFar
            var kind = converted
            var prompt = question.prompt
            if question.isMissingWord {
                switch Self.cloze(question, kind: kind) {
                case .success(let (cloze, change)):
                    kind = cloze
                    prompt = ""
                    changes += change
                case .failure(let skip):
                    note(question.block, .skipped, question.subject, skip.reason)
                    return
                }
            }
            var explanation = question.explanation
            if case .trueFalse = kind {
                let feedbacks = question.answer.split(separator: "#", omittingEmptySubsequences: false)
                    .dropFirst()
                    .map { question.text.clean($0) }.filter { !$0.isEmpty }
                explanation = ([explanation] + feedbacks).filter { !$0.isEmpty }.joined(separator: " ")
            }
            if explanation.isEmpty {
                explanation = GIFTAnswers.statedAnswer(kind)
                changes.append("it has no general feedback (####), so its explanation states the answer")
            }
            guard !prompt.isEmpty || question.isMissingWord else {
                note(question.block, .skipped, question.subject, "it has no question text")
                return
            }
            let base = QuestionIDs.base(title: question.title, text: question.block.text)
            let (id, renamed) = ids.claim(base)
            if renamed {
                changes.append("the id '\(base)' was taken by an earlier question, so it is '\(id)'")
            }
            result.questions.append(
                ImportedQuestion(
                    id: id, kind: kind, prompt: prompt, explanation: explanation, tags: categoryTags,
                    line: question.block.line))
            note(
                question.block, changes.isEmpty ? .converted : .changed, id,
                "\(QuestionType(kind).rawValue)"
                    + (changes.isEmpty ? "" : "; " + changes.joined(separator: "; ")))
        }
    }

    /// A missing-word question (answers in the middle of the text) as a cloze question.
    private static func cloze(_ question: Parsed, kind: Question.Kind) -> Result<
        (Question.Kind, [String]), Skip
    > {
        let hidden: String
        var changes: [String] = ["a missing-word question, made a cloze question"]
        switch kind {
        case .multipleChoice(let choices, let correct, let multiple) where !multiple:
            hidden = choices[correct[0]].text
            changes.append("its \(choices.count - 1) wrong choices are left out (a cloze card is typed)")
        case .shortAnswer(let accepted):
            hidden = accepted[0]
            if accepted.count > 1 {
                changes.append("only its first accepted answer, \(QuotedInput.quote(hidden)), is kept")
            }
        default:
            return .failure(Skip("a missing-word \(QuestionType(kind).rawValue) question has no cloze form"))
        }
        let text = HTMLText.collapse(
            question.before + (question.spacedBefore ? " " : "") + "{{c1::\(hidden)}}"
                + (question.spacedAfter ? " " : "") + question.after)
        guard (try? ClozeText(parsing: text)) != nil, !hidden.contains("}}"), !hidden.contains("::") else {
            return .failure(Skip("its answer cannot be written as a cloze deletion (it holds '}}' or '::')"))
        }
        return .success((.cloze(text: text, deletion: 0), changes))
    }

    private mutating func note(
        _ block: Block, _ outcome: ImportNote.Outcome, _ subject: String, _ reason: String
    ) {
        result.notes.append(
            ImportNote(
                file: file, line: block.line, outcome: outcome, subject: QuotedInput.quote(subject),
                reason: reason))
    }

    /// `$course$/top/Massage/Referral patterns` → `Referral patterns`: the last part that is not
    /// Moodle's own; nil when there is none.
    static func title(ofCategory path: String) -> String? {
        authoredParts(ofCategory: path).last { !$0.isEmpty }
    }

    /// `$course$/top/Massage/Referral patterns` → `massage`, `referral-patterns`: Moodle's own
    /// path parts (`$course$`, `top`, `Default for …`) left out.
    static func tags(fromCategory path: String) -> [String] {
        authoredParts(ofCategory: path).compactMap { part in
            var slug = String(Slug.make(from: part).prefix(40))
            while slug.hasSuffix("-") { slug.removeLast() }
            return slug.isEmpty ? nil : slug
        }
    }

    /// A category path's parts, trimmed, without Moodle's own (`$course$`, `top`, `Default for …`).
    private static func authoredParts(ofCategory path: String) -> [String] {
        path.split(separator: "/").map { $0.trimmingWhitespace() }.filter { part in
            !part.hasPrefix("$") && part.lowercased() != "top" && !part.lowercased().hasPrefix("default for")
        }
    }
}

/// Why a question was skipped.
struct Skip: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
