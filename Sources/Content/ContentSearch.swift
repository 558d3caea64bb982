import Curriculum
import Decks
import Foundation

/// Ranked full-text search over lesson sections and questions, for `palpate search`.
///
/// Each lesson section (the text under one heading, up to the next heading) and each question is
/// one document, scored with BM25 over weighted fields: a lesson's title and the section heading
/// count three times, a question's prompt twice, body text, choices and explanations once.
/// Documents holding every query word come before those holding only some, whatever their score.
public struct ContentSearch: Sendable {
    /// What a hit is: a lesson section, or a question of a deck.
    public enum Target: Sendable, Equatable {
        /// `anchor` is `nil` for the lesson's opening text, before its first heading.
        case lesson(id: String, title: String, anchor: String?, heading: String?)
        case question(deckID: String, questionID: String, prompt: String)
    }

    public struct Hit: Sendable, Equatable {
        public var target: Target
        /// Where to read about it: the section itself, or the question's lesson link.
        public var link: LessonLink
        /// The line of text that matches best (plain text, no Markdown markers).
        public var context: String
        public var score: Double
        /// How many different query words it holds, of `SearchResults.words.count`.
        public var matchedWords: Int
    }

    public struct Results: Sendable, Equatable {
        /// The query as searched: folded, stemmed, common words left out.
        public var words: [String]
        public var lessons: [Hit]
        public var questions: [Hit]
    }

    private struct Document: Sendable {
        var target: Target
        var link: LessonLink
        /// Weighted term frequencies.
        var terms: [String: Double]
        var length: Double
        /// Candidate context lines, best first when tied.
        var lines: [String]
    }

    private let documents: [Document]
    private let averageLength: Double

    public init(library: ContentLibrary) {
        var documents: [Document] = []
        for lesson in library.lessons.lessons {
            documents += Self.sectionDocuments(lesson)
        }
        for deck in library.decks {
            for question in deck.questions { documents.append(Self.questionDocument(question, deck: deck)) }
        }
        self.documents = documents
        averageLength =
            documents.isEmpty ? 1 : max(1, documents.reduce(0) { $0 + $1.length } / Double(documents.count))
    }

    /// Lessons and questions matching `query`, best first. An empty `words` means the query held
    /// no word to search for.
    public func search(_ query: String) -> Results {
        let words = SearchText.queryWords(query)
        guard !words.isEmpty else { return Results(words: [], lessons: [], questions: []) }
        let count = Double(documents.count)
        let idf = words.map { word -> Double in
            let frequency = Double(documents.count { $0.terms[word] != nil })
            return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
        }
        var hits: [(hit: Hit, position: Int)] = []
        for (position, document) in documents.enumerated() {
            var score = 0.0
            var matched = 0
            for (index, word) in words.enumerated() {
                guard let frequency = document.terms[word] else { continue }
                matched += 1
                let k1 = 1.2
                let b = 0.75
                let norm = frequency + k1 * (1 - b + b * document.length / averageLength)
                score += idf[index] * frequency * (k1 + 1) / norm
            }
            guard matched > 0 else { continue }
            let hit = Hit(
                target: document.target, link: document.link,
                context: Self.bestLine(document.lines, words: words), score: score, matchedWords: matched)
            hits.append((hit, position))
        }
        hits.sort { left, right in
            if left.hit.matchedWords != right.hit.matchedWords {
                return left.hit.matchedWords > right.hit.matchedWords
            }
            if left.hit.score != right.hit.score { return left.hit.score > right.hit.score }
            return left.position < right.position
        }
        var lessons: [Hit] = []
        var questions: [Hit] = []
        for (hit, _) in hits {
            if case .lesson = hit.target { lessons.append(hit) } else { questions.append(hit) }
        }
        return Results(words: words, lessons: lessons, questions: questions)
    }

    // MARK: Documents

    private static func sectionDocuments(_ lesson: Lesson) -> [Document] {
        var documents: [Document] = []
        var anchor: String?
        var heading: String?
        var lines: [String] = []
        func flush() {
            guard heading != nil || !lines.isEmpty else { return }
            var fields = [(lesson.title, 3.0)]
            if let heading { fields.append((heading, 3)) }
            fields += lines.map { ($0, 1.0) }
            let (terms, length) = weightedTerms(fields)
            documents.append(
                Document(
                    target: .lesson(id: lesson.id, title: lesson.title, anchor: anchor, heading: heading),
                    link: LessonLink(lessonID: lesson.id, anchor: anchor), terms: terms, length: length,
                    lines: lines.isEmpty ? [heading ?? lesson.title] : lines))
        }
        for block in lesson.document.blocks {
            switch block {
            case .heading(_, let text, let blockAnchor, _):
                flush()
                anchor = blockAnchor
                heading = InlineMarkdown.plainText(text)
                lines = []
            case .paragraph(let text): lines += sentences(InlineMarkdown.plainText(text))
            case .list(_, let items): lines += items.map { InlineMarkdown.plainText($0.text) }
            case .quote(let quoted): lines += quoted.map(InlineMarkdown.plainText)
            case .code(let code): lines += code.split(separator: "\n").map(String.init)
            }
        }
        flush()
        return documents
    }

    private static func questionDocument(_ question: Question, deck: Deck) -> Document {
        var answers: [String] = []
        switch question.kind {
        case .multipleChoice(let choices, _, _):
            for choice in choices { answers += [choice.text] + (choice.feedback.map { [$0] } ?? []) }
        case .trueFalse: break
        case .matching(let pairs): answers = pairs.flatMap { [$0.left, $0.right] }
        case .ordering(let steps): answers = steps
        case .shortAnswer(let accepted): answers = accepted
        case .flashcard(let back): answers = [back]
        case .cloze(let text, let deletion):
            answers = (try? ClozeText(parsing: text))?.answers(for: deletion) ?? []
        case .region(let answer):
            // Region names read as words ("posterior-calf" → "posterior calf") for search.
            answers = (answer.essential + answer.spillover).map {
                $0.replacingOccurrences(of: "-", with: " ")
            }
        }
        let explanation = sentences(question.explanation)
        let fields = [(question.prompt, 2.0)] + (answers + explanation).map { ($0, 1.0) }
        let (terms, length) = weightedTerms(fields)
        return Document(
            target: .question(deckID: deck.id, questionID: question.id, prompt: question.prompt),
            link: question.lesson, terms: terms, length: length,
            lines: [question.prompt] + answers + explanation)
    }

    private static func weightedTerms(_ fields: [(String, Double)]) -> ([String: Double], Double) {
        var terms: [String: Double] = [:]
        var length = 0.0
        for (text, weight) in fields {
            for word in SearchText.words(text) {
                terms[word, default: 0] += weight
                length += weight
            }
        }
        return (terms, length)
    }

    /// A paragraph split after each `. `, `? ` or `! `, so context is one sentence, not a page.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " ", [".", "?", "!"].contains(previous), current.count > 1 {
                result.append(current)
                current = ""
            } else {
                current.append(character == "\n" ? " " : character)
            }
            previous = character
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { result.append(last) }
        return result
    }

    /// The line holding the most query words (the first of equals).
    private static func bestLine(_ lines: [String], words: [String]) -> String {
        let wanted = Set(words)
        var best = lines.first ?? ""
        var bestCount = 0
        for line in lines {
            let found = Set(SearchText.words(line)).intersection(wanted).count
            if found > bestCount {
                best = line
                bestCount = found
            }
        }
        return best
    }
}
