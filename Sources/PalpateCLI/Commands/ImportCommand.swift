import Content
import Curriculum
import Decks
import Foundation
import Interchange
import TextFormats

/// `palpate import FILE…`: question banks from Moodle (GIFT, Moodle XML) made a Palpate deck.
enum ImportCommand: Command {
    static let name = "import"
    static let printsData = true
    static let summary = "Make a deck from GIFT or Moodle XML question banks"
    static let usage = "palpate import FILE… [--deck ID] [--output FILE.json] [--lesson LESSON[#SECTION]]"
    static let discussion = """
        Reads GIFT (.gift, .txt) and Moodle XML (.xml) files and writes one Palpate deck, checked by the same \
        rules as 'palpate check' before it is written. It lists each question of the source, with its line: \
        converted, changed (and how), or skipped (and why). Ids come from question titles, else from a hash of \
        the text, so importing the same file again gives the same ids.

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
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
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
        let output = OutputFile.requested(by: arguments, session: session)
        var result = ImportResult()
        for path in arguments.positionals {
            result.append(try read(path, session: session))
        }
        let report = result.notes.map { TerminalSanitizer.clean($0.description, keepNewlines: false) }
        let say: ([String]) -> Void =
            output == nil ? { $0.forEach(session.printError) } : session.print(lines:)
        say(report)
        let counts = ImportNote.Outcome.allCases.map { outcome in
            "\(result.notes.count { $0.outcome == outcome }) \(outcome.rawValue)"
        }
        guard !result.questions.isEmpty else {
            throw CommandFailure(
                "nothing to import: no question of \(arguments.positionals.count == 1 ? "the file" : "the files") could be converted (\(counts.joined(separator: ", ")))"
            )
        }
        let title = URL(fileURLWithPath: first).deletingPathExtension().lastPathComponent
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
            say([
                "palpate check finds no error in it and \(warnings == 1 ? "1 warning" : "\(warnings) warnings"); "
                    + "read \(warnings == 1 ? "it" : "them") with: palpate check \(shownName)"
            ])
        }
        if let output {
            try output.write(text)
            session.print(summary + " Wrote \(output.path).")
        } else {
            session.context.output.write(text)
            session.printError(summary)
        }
        return .success
    }

    private static func read(_ path: String, session: AppSession) throws -> ImportResult {
        let url = URL.resolving(path, against: session.context.currentDirectory)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure(
                "cannot read \(QuotedInput.quote(path)): no such file, or it is not readable")
        }
        do {
            switch url.pathExtension.lowercased() {
            case "xml": return try MoodleXMLReader.read(data, file: path)
            case "gift", "txt":
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CommandFailure(
                        "\(QuotedInput.quote(path)) is not UTF-8 text; save it as UTF-8 and import it again")
                }
                return try GIFTReader.read(text, file: path)
            default:
                throw UsageError(
                    "cannot tell the format of \(QuotedInput.quote(path)); name GIFT files .gift or .txt and "
                        + "Moodle XML files .xml",
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
