import BodyMaps
import Curriculum
import Reports
import TextFormats

/// `palpate read LESSON[#SECTION]`: a lesson, or one section, rendered for the terminal.
enum ReadCommand: Command {
    static let name = "read"
    static let summary = "Read a lesson or one of its sections"
    static let usage = "palpate read LESSON[#SECTION] [--format text|html]"
    static let discussion = """
        Shows a lesson wrapped to your terminal, through your pager ($PAGER, else less -R) when it is longer \
        than the screen; piped, it is printed as it is. Give a section after '#' to read only that part, as \
        questions link to it (e.g. palpate read referral-patterns#upper-trapezius). 'palpate lessons' lists \
        the lesson ids. Reading a whole lesson (not one section) marks it read: the dashboard then suggests \
        the next one, and reports count it.

        A section that teaches a muscle's referral pattern shows its map under the text (see 'palpate map'). \
        With --format html the lesson (or section) is printed as one HTML page, every referral map drawn as \
        inline SVG: palpate read referral-patterns --format html > referral-patterns.html
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--format", value: "text|html", help: "text (default) for the terminal, html for a page.")
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // Checked first: a wrong format is a usage error whatever the lesson.
        let format = try arguments.choice("--format", ["text", "html"], command: name) ?? "text"
        guard let target = arguments.positionals.first else {
            throw UsageError(
                "'read' needs a lesson id",
                hint: "Run 'palpate lessons' to see them, then e.g. 'palpate read techniques'.")
        }
        if arguments.positionals.count > 1 {
            throw UsageError(
                "'read' takes one lesson id, got \(arguments.positionals.count)",
                hint: "e.g. palpate read techniques#timing-and-dose")
        }
        let library = try session.studyContent().lessons
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        let lessonID = parts.first ?? target
        guard let lesson = library.lesson(id: lessonID) else {
            let near = library.suggestions(for: lessonID)
            let hint =
                near.isEmpty
                ? "run 'palpate lessons' to see the lessons"
                : "did you mean: \(near.joined(separator: ", "))?"
            throw CommandFailure(
                "no lesson \(QuotedInput.quote(lessonID)); \(hint)")
        }
        let blocks: [MarkdownBlock]
        if parts.count == 2 {
            guard let section = lesson.document.blocks(ofSection: parts[1]) else {
                let near = EditDistanceHint.near(parts[1], among: lesson.anchors)
                throw CommandFailure(
                    "the lesson '\(lesson.id)' has no section '#\(TerminalSanitizer.clean(parts[1], keepNewlines: false))'; \(near)"
                )
            }
            blocks = section
        } else {
            blocks = lesson.document.blocks
        }
        if format == "html" {
            let atlas = session.referralAtlasIfReadable()
            session.context.output.write(LessonHTML.encode(lesson, blocks: blocks, atlas: atlas))
            return .success
        }
        let style = session.style
        let title = TerminalSanitizer.clean(lesson.title, keepNewlines: false)
        let topic = TerminalSanitizer.clean(lesson.topic, keepNewlines: false)
        // The title once: the topic line leaves it out when the topic is the title.
        let facts = (topic == title ? [] : [topic]) + ["about \(lesson.minutes) min", lesson.id]
        var lines = [style.bold(title), style.dim(facts.joined(separator: " · ")), ""]
        lines += try body(of: lesson, blocks: blocks, session: session)
        let text = lines.map { $0 + "\n" }.joined()
        if parts.count == 1 { recordReading(of: lesson, session: session) }
        // A long lesson is paged on a terminal, as git pages; piped, it is printed as it is.
        if let pager = session.context.pager, session.context.stdoutIsTerminal, pager(text) {
            return .success
        }
        session.context.output.write(text)
        return .success
    }
}

extension ReadCommand {
    /// A whole lesson read in the terminal counts as read, as one opened during a review does:
    /// the dashboard then suggests the next lesson, and reports count it. One section alone does
    /// not. A store that cannot be opened is said, but does not stop the reading.
    static func recordReading(of lesson: Lesson, session: AppSession) {
        do {
            let store = try session.openStore(forSession: false)
            defer { try? store.close() }
            try store.markLessonRead(lesson.id, at: session.context.clock())
        } catch {
            let reason = (error as? CommandFailure)?.message ?? "\(error)"
            session.printError("warning: this reading could not be recorded in your progress: \(reason)")
        }
    }

    /// The lesson's text with, under each section that teaches a muscle, that muscle's map
    /// (issue 19), as the lesson page shows them. A course without maps, or with maps that cannot
    /// be read, shows the text alone, exactly as before.
    static func body(of lesson: Lesson, blocks: [MarkdownBlock], session: AppSession) throws -> [String] {
        let renderer = MarkdownTerminalRenderer(width: session.width, style: session.style)
        let hasSections = blocks.contains { if case .heading = $0 { true } else { false } }
        let atlas = hasSections ? session.referralAtlasIfReadable() : nil
        var lines: [String] = []
        var pending: [ReferralPattern] = []
        func flushMaps() throws {
            for pattern in pending {
                lines.append("")
                lines += try MapCommand.lines(for: pattern, atlas: atlas!, session: session)
            }
            pending = []
        }
        for block in blocks {
            if case .heading(_, _, let anchor, _) = block, let atlas {
                try flushMaps()
                pending = atlas.patterns(for: LessonLink(lessonID: lesson.id, anchor: anchor))
            }
            if !lines.isEmpty { lines.append("") }
            lines += renderer.render([block])
        }
        try flushMaps()
        return lines
    }
}

/// "did you mean …" text for a mistyped name, or the list of valid names.
enum EditDistanceHint {
    static func near(_ word: String, among candidates: [String]) -> String {
        let near = EditDistance.suggestions(for: word, among: candidates)
        if near.isEmpty { return "its sections are: \(candidates.joined(separator: ", "))" }
        return "did you mean: \(near.map { "#\($0)" }.joined(separator: ", "))?"
    }
}
