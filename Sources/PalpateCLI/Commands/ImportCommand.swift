import Content
import Curriculum
import Decks
import Foundation
import Insights
import Interchange
import Progress
import Scheduling
import TextFormats

/// `palpate import FILE…`: question banks from Moodle (GIFT, Moodle XML) and Anki packages made a
/// Palpate deck; with `--with-history`, Anki's review log (or a replay CSV) added to the store.
enum ImportCommand: Command {
    static let name = "import"
    static let printsData = true
    static let summary = "Make a deck from GIFT, Moodle XML or Anki; bring Anki's review history"
    static let usage =
        "palpate import FILE… [--deck ID] [--output FILE.json] [--lesson LESSON[#SECTION]] [--with-history]"
    static let discussion = """
        Reads GIFT (.gift, .txt), Moodle XML (.xml) and Anki (.apkg, .colpkg) files and writes one Palpate deck, \
        checked by the same rules as 'palpate check' before it is written. It lists each question of the source, \
        with its line (an Anki note by its id): converted, changed (and how), or skipped (and why). Ids come from \
        question titles (Anki: the note's GUID), else from a hash of the text, so importing the same file again \
        gives the same ids. Anki fields lose their HTML; sounds and images are named and left out; sub-decks \
        become tags. A package's collection may take at most 256 MiB unpacked.

        --with-history also adds the review history to your progress store, in one step: an Anki package's \
        review log (answers only; rescheduling and manual entries are left out and counted), or a CSV of \
        card_id,review_time,rating as 'palpate scheduler replay' reads (such a file adds history only). Each \
        card's memory state is then worked out again from its whole history, and a card forgotten as often as \
        the leech threshold (8 times by default) is suspended as a leech, as a review here would do. A review the \
        store holds already (same card, same time) is not added again, so importing the same file twice adds \
        nothing the second time.

        Without --output the deck goes to standard output and the list to standard error; --output writes the \
        file in one step, never replacing an existing one unless --force is given. --lesson links every \
        question to a lesson (section); without it the deck links none, and a wrong answer shows no reading.
        """
    static let options: [OptionSpec] = [
        OptionSpec(
            name: "--deck", value: "NEW-ID", help: "The deck's id (default: from the first file's name)."),
        OptionSpec(
            name: "--output", value: "FILE", help: "Write the deck to FILE instead of standard output."),
        .flag("--force", "Replace FILE if it exists."),
        OptionSpec(name: "--lesson", value: "LESSON[#SECTION]", help: "Link every question to this lesson."),
        .flag("--with-history", "Add the Anki review log (or a replay CSV) to your progress store."),
    ]

    /// What one file gave: questions (none for a replay CSV) and, when it has one, a history.
    struct Source {
        var result = ImportResult()
        var history: [HistoryReview] = []
        /// Lines about the history, said whether or not it is imported.
        var historyNotes: [String] = []
        var isHistoryOnly = false
    }

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // The deck file is placed whole (`OutputFile`) and a history is added in one transaction,
        // so Ctrl-C may end the command at once.
        InterruptSignal.endProcessOnInterrupt()
        guard let first = arguments.positionals.first else {
            throw UsageError(
                "'import' needs at least one file",
                hint: "For example: palpate import bank.gift --output Quizzes/bank.json")
        }
        let deckID =
            arguments.value("--deck")
            ?? Slug.make(from: URL(fileURLWithPath: first).deletingPathExtension().lastPathComponent)
        guard Slug.isValid(deckID) else {
            throw UsageError(
                "--deck needs an id of \(Slug.rule), not \(QuotedInput.quote(deckID))",
                hint: "See 'palpate help import'.")
        }
        let lesson = try lessonLink(arguments, session)
        let output = OutputFile.requested(by: arguments, session: session, example: "\(deckID).json")
        let withHistory = arguments.has("--with-history")
        var result = ImportResult()
        var history: [HistoryReview] = []
        var historyNotes: [String] = []
        var historyOnly = true
        for path in arguments.positionals {
            let source = try read(path, session: session, withHistory: withHistory)
            result.append(source.result)
            history += source.history
            historyNotes += source.historyNotes
            historyOnly = historyOnly && source.isHistoryOnly
        }
        if historyOnly {
            return try importHistory(history, notes: historyNotes, session: session)
        }
        let report = result.notes.map { TerminalSanitizer.clean($0.description, keepNewlines: false) }
        let say = reporter(toStandardOutput: output != nil, session: session)
        say(report)
        let counts = ImportNote.Outcome.allCases.map { outcome in
            "\(result.notes.count { $0.outcome == outcome }) \(outcome.rawValue)"
        }
        guard !result.questions.isEmpty else {
            throw CommandFailure(
                "nothing to import: no question of \(arguments.positionals.count == 1 ? "the file" : "the files") could be converted (\(counts.joined(separator: ", ")))"
            )
        }
        let title = result.category ?? URL(fileURLWithPath: first).deletingPathExtension().lastPathComponent
        let text = DeckJSONWriter.write(
            id: deckID, title: title, questions: result.questions, lesson: lesson?.link)
        let shownName = output?.path ?? "\(deckID).json"
        let checked = DeckDecoder.decode(Array(text.utf8), file: shownName, lessons: lesson?.lessons)
        let errors = checked.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            for diagnostic in errors {
                session.printError(TerminalSanitizer.clean(diagnostic.description, keepNewlines: false))
            }
            throw CommandFailure(
                "the imported deck does not pass 'palpate check' (\(errors.count) errors); nothing was written"
            )
        }
        let summary =
            "Imported \(result.questions.count) questions as deck '\(deckID)' (\(counts.joined(separator: ", ")))."
        let warnings = checked.diagnostics.count { $0.severity == .warning }
        if warnings > 0 {
            // Printed to standard output, the deck is in no file yet: the check is run on the file
            // it is saved as.
            let howToRead =
                output == nil
                ? "save it (> \(shownName), or --output \(shownName)), then read \(warnings == 1 ? "it" : "them") with: "
                    + "palpate check \(shownName)"
                : "read \(warnings == 1 ? "it" : "them") with: palpate check \(shownName)"
            say([
                "palpate check finds no error in it and \(warnings == 1 ? "1 warning" : "\(warnings) warnings"); "
                    + howToRead
            ])
        }
        if let output {
            try output.write(text)
            say([summary + " Wrote \(output.path)."])
        } else {
            session.context.output.write(text)
            session.printError(summary)
        }
        if withHistory {
            return try importHistory(history, notes: historyNotes, session: session, say: say)
        }
        if !historyNotes.isEmpty {
            say(["The package holds a review history; add it to your progress with --with-history."])
        }
        return .success
    }

    /// Prints the list: to standard error when the deck goes to standard output. On a terminal
    /// each item wraps at words, its later lines indented, instead of being cut mid-word.
    private static func reporter(toStandardOutput: Bool, session: AppSession) -> ([String]) -> Void {
        guard toStandardOutput else { return { $0.forEach(session.printError) } }
        guard let width = session.tableWidth else { return session.print(lines:) }
        let wrapper = TextWrapper(width: width, style: session.style)
        return { lines in
            session.print(lines: lines.flatMap { wrapper.wrap($0, indent: "    ", firstIndent: "") })
        }
    }

    /// Adds the reviews to the store in one transaction and says what it did.
    private static func importHistory(
        _ history: [HistoryReview], notes: [String], session: AppSession,
        say: (([String]) -> Void)? = nil
    ) throws -> ExitCode {
        let say = say ?? reporter(toStandardOutput: true, session: session)
        say(notes.map { TerminalSanitizer.clean($0, keepNewlines: false) })
        guard !history.isEmpty else {
            say(["History: the files hold no answered review; your progress is unchanged."])
            return .success
        }
        let store = try session.openStore(forSession: true)
        defer { try? store.close() }
        let count: HistoryImportCount
        let leeches: LeechPolicy
        do {
            let plan = try StudyPlan(settings: try store.settings(), timeZone: session.context.timeZone)
            leeches = plan.leeches
            count = try store.importHistory(history, scheduler: plan.scheduler, leeches: leeches)
        } catch let error as StoreError {
            throw CommandFailure(error.description + "; no review was added")
        }
        if count.added == 0 && count.alreadyKept > 0 {
            let held = count.alreadyKept == 1 ? "this review" : "all \(plural(count.alreadyKept, "review"))"
            say(["History: nothing added; your progress already holds \(held) (imported before)."])
        } else {
            say([
                "History: added \(plural(count.added, "review")) of \(plural(count.cards, "card")) to your progress and worked out their "
                    + "memory state again"
                    + (count.alreadyKept > 0
                        ? "; \(plural(count.alreadyKept, "review")) \(count.alreadyKept == 1 ? "was" : "were") there already."
                        : ".")
            ])
        }
        if let first = count.leeches.first {
            let cards = count.leeches.count == 1 ? "1 card was" : "\(count.leeches.count) cards were"
            say([
                "Leeches: \(cards) forgotten \(leeches.threshold) times or more in this history, so "
                    + "\(count.leeches.count == 1 ? "it is suspended as a leech" : "they are suspended as leeches"), as a review here would "
                    + "have done (list them with 'palpate cards --state leech'; bring one back with 'palpate restore "
                    + "\(TerminalSanitizer.clean(first, keepNewlines: false))')."
            ])
        }
        return .success
    }

    private static func read(_ path: String, session: AppSession, withHistory: Bool) throws -> Source {
        let url = URL.resolving(path, against: session.context.currentDirectory)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure(
                "cannot read \(QuotedInput.quote(path)): no such file, or it is not readable")
        }
        do {
            switch url.pathExtension.lowercased() {
            case "xml": return Source(result: try MoodleXMLReader.read(data, file: path))
            case "gift", "txt":
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CommandFailure(
                        "\(QuotedInput.quote(path)) is not UTF-8 text; save it as UTF-8 and import it again")
                }
                return Source(result: try GIFTReader.read(text, file: path))
            case "apkg", "colpkg":
                let package = try AnkiPackageReader.read([UInt8](data), file: path)
                var notes: [String] = []
                if !package.history.isEmpty || package.entriesNotAnswers > 0 {
                    notes.append(
                        "\(path): review history: \(package.history.count) answers of imported cards"
                            + (package.entriesNotAnswers > 0
                                ? "; \(package.entriesNotAnswers) entries left out (rescheduled or set by hand, "
                                    + "not answers)" : "")
                            + (package.answersOfCardsLeftOut > 0
                                ? "; \(package.answersOfCardsLeftOut) answers of skipped notes left out" : "")
                    )
                }
                return Source(result: package.result, history: package.history, historyNotes: notes)
            case "csv":
                guard withHistory else {
                    throw UsageError(
                        "\(QuotedInput.quote(path)) is a review history, not a question bank; "
                            + "add it to your progress with --with-history",
                        hint: "See 'palpate help import'.")
                }
                let reviews: [(cardID: String, time: Instant, rating: Rating)]
                do {
                    reviews = try replayReviews(csv: [UInt8](data), fileName: path)
                } catch {
                    throw CommandFailure(error.description + "\nnothing was added")
                }
                return Source(
                    history: reviews.map {
                        HistoryReview(cardID: $0.cardID, reviewedAt: $0.time, rating: $0.rating)
                    },
                    historyNotes: [
                        "\(path): review history: \(plural(reviews.count, "review"))"
                    ],
                    isHistoryOnly: true)
            default:
                throw UsageError(
                    "cannot tell the format of \(QuotedInput.quote(path)); name GIFT files .gift or .txt, "
                        + "Moodle XML files .xml and Anki packages .apkg or .colpkg",
                    hint: "See 'palpate help import'.")
            }
        } catch let error as InterchangeError {
            throw CommandFailure(error.description + "; nothing was written")
        }
    }

    private static func lessonLink(_ arguments: ParsedArguments, _ session: AppSession) throws -> (
        link: LessonLink, lessons: LessonLibrary
    )? {
        guard let text = arguments.value("--lesson") else { return nil }
        let link: LessonLink
        do {
            link = try LessonLink.parse(text)
        } catch {
            throw UsageError("--lesson: \(error.description)", hint: "See 'palpate lessons' for the lessons.")
        }
        let lessons = try session.studyContent().lessons
        if let problem = lessons.problem(with: link) {
            throw UsageError("--lesson: \(problem)", hint: "See 'palpate lessons' for the lessons.")
        }
        return (link, lessons)
    }
}
