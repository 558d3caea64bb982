import Content
import Foundation
import TextFormats

/// `palpate search WORDS`: lesson sections and questions matching, ranked, with the command to open each.
enum SearchCommand: Command {
    static let name = "search"
    static let summary = "Search the lessons and questions"
    static let usage = "palpate search WORDS… [--limit N] [--json]"
    static let discussion = """
        Finds the lesson sections and the questions that hold your words, best first: a word in a lesson's \
        title or a section heading counts more than one in its text, and a question's prompt more than its \
        choices or explanation. Case and accents do not matter, nor a plural s; common words (the, of, what…) \
        are left out. Results holding every word come first; the rest say how many of the words they hold.

        Each lesson result shows its section, the line that matches best and the command to read it; each \
        question shows its card id (for 'palpate card'), the lesson that teaches it and the deck to review. \
        Exits 1 when nothing matches.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--limit", value: "N", help: "Show at most N lessons and N questions (5)."),
        .flag("--json", "Print the results as JSON."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        let query = arguments.positionals.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError(
                "'search' needs words to look for", hint: "For example: palpate search upper trapezius")
        }
        let limit = try arguments.integer("--limit", in: 1...1_000, command: name) ?? 5
        let library = try session.studyContent()
        let results = ContentSearch(library: library).search(query)
        guard !results.words.isEmpty else {
            throw UsageError(
                "\(QuotedInput.quote(query)) holds no word to search for",
                hint: "Search for words, e.g. palpate search taut band")
        }
        if arguments.has("--json") {
            session.print(json(results, query: query, limit: limit).serialized(pretty: true))
        } else {
            session.print(lines: lines(results, query: query, limit: limit, session: session))
        }
        return results.lessons.isEmpty && results.questions.isEmpty ? .failure : .success
    }

    static func lines(_ results: ContentSearch.Results, query: String, limit: Int, session: AppSession)
        -> [String]
    {
        let style = session.style
        let width = session.width
        let wrapper = TextWrapper(width: width, style: style)
        guard !results.lessons.isEmpty || !results.questions.isEmpty else {
            return [
                "Nothing matches \(QuotedInput.quote(query)).",
                "Try fewer or other words, or list the lessons with: palpate lessons",
            ]
        }
        var lines: [String] = []
        func partial(_ hit: ContentSearch.Hit) -> String {
            hit.matchedWords == results.words.count
                ? "" : style.dim(" (\(hit.matchedWords) of \(results.words.count) words)")
        }
        func group(_ title: String, _ hits: [ContentSearch.Hit], _ describe: (ContentSearch.Hit) -> [String])
        {
            guard !hits.isEmpty else { return }
            if !lines.isEmpty { lines.append("") }
            let shown = min(limit, hits.count)
            lines.append(
                style.bold("\(title) (\(shown == hits.count ? "\(shown)" : "\(shown) of \(hits.count)")):"))
            for hit in hits.prefix(limit) { lines += describe(hit) }
        }
        group("Lessons", results.lessons) { hit in
            guard case .lesson(_, let title, _, let heading) = hit.target else { return [] }
            let name = clean(title) + (heading.map { " › " + clean($0) } ?? "")
            var text = wrapper.wrap(name, indent: "    ", firstIndent: "  ", apply: style.bold)
            text[text.count - 1] += partial(hit)
            // A section with no text of its own (only subsections) has its heading as context.
            if hit.context != heading {
                text.append("    " + truncated(clean(hit.context), to: width - 4))
            }
            text.append("    " + style.cyan("palpate read \(hit.link)"))
            return text
        }
        group("Questions", results.questions) { hit in
            guard case .question(let deckID, let questionID, let prompt) = hit.target else { return [] }
            let card = "\(deckID)/\(questionID)"
            var text = wrapper.wrap(clean(prompt), indent: "    ", firstIndent: "  ", apply: style.bold)
            text[text.count - 1] += partial(hit)
            // A question matched by its prompt alone shows no second copy of it.
            if hit.context != prompt {
                text.append("    " + truncated(clean(hit.context), to: width - 4))
            }
            text.append("    card " + card)
            text.append(
                "    " + style.cyan("palpate read \(hit.link)") + " · "
                    + style.cyan("palpate review --deck \(deckID)"))
            return text
        }
        return lines
    }

    static func json(_ results: ContentSearch.Results, query: String, limit: Int) -> JSONValue {
        let lessons = results.lessons.prefix(limit).compactMap { hit -> JSONValue? in
            guard case .lesson(let id, let title, let anchor, let heading) = hit.target else { return nil }
            return .object([
                ("lesson", .string(id)), ("section", .optional(anchor)), ("title", .string(title)),
                ("heading", .optional(heading)), ("context", .string(hit.context)),
                ("matched_words", .int(hit.matchedWords)),
                ("score", .double((hit.score * 1_000).rounded() / 1_000)),
                ("command", .string("palpate read \(hit.link)")),
            ])
        }
        let questions = results.questions.prefix(limit).compactMap { hit -> JSONValue? in
            guard case .question(let deckID, let questionID, let prompt) = hit.target else { return nil }
            return .object([
                ("card", .string("\(deckID)/\(questionID)")), ("deck", .string(deckID)),
                ("question", .string(questionID)), ("prompt", .string(prompt)),
                ("lesson", .string(hit.link.description)),
                ("context", .string(hit.context)), ("matched_words", .int(hit.matchedWords)),
                ("score", .double((hit.score * 1_000).rounded() / 1_000)),
                ("command", .string("palpate read \(hit.link)")),
                ("review", .string("palpate review --deck \(deckID)")),
            ])
        }
        return .object([
            ("query", .string(query)), ("words", .array(results.words.map { .string($0) })),
            ("lessons_found", .int(results.lessons.count)),
            ("questions_found", .int(results.questions.count)),
            ("lessons", .array(lessons)), ("questions", .array(questions)),
        ])
    }

    private static func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }
}

/// Cuts `text` to `width` characters at a word, ending with `…` when anything was cut.
func truncated(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    let room = max(1, width - 1)
    var cut = String(text.prefix(room))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > room / 2 {
        cut = String(cut[..<space])
    }
    return cut.trimmingCharacters(in: .whitespaces) + "…"
}
