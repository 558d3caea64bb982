import Content
import Decks
import Foundation
import Interchange
import TextFormats

/// `palpate export DECK --format gift|moodle-xml`: a deck as a question bank Moodle imports.
enum ExportCommand: Command {
    static let name = "export"
    static let printsData = true
    static let summary = "Write a deck as GIFT or Moodle XML for Moodle's question bank"
    static let usage = "palpate export DECK --format gift|moodle-xml [--output FILE]"
    static let discussion = """
        DECK is a deck's id in the course, or the path of a deck file. Each question is titled with its id, so \
        importing the file back with 'palpate import' gives the same ids. Choice feedback and explanations are \
        carried over. GIFT has no ordering question and no cloze with more than one blank: those are left out \
        and listed; Moodle XML writes ordering questions as Moodle's ordering type and cloze questions as \
        embedded answers. Flashcards, self-graded, are left out of both.

        Without --output the file goes to standard output and the list to standard error; --output writes it in \
        one step and never replaces an existing file unless --force is given.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--format", value: "gift|moodle-xml", help: "The format to write (required)."),
        OptionSpec(name: "--output", value: "FILE", help: "Write to FILE instead of standard output."),
        .flag("--force", "Replace FILE if it exists."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        guard let format = try arguments.choice("--format", ["gift", "moodle-xml"], command: name) else {
            throw UsageError(
                "'export' needs --format gift or moodle-xml",
                hint:
                    "For example: palpate export referral-patterns --format gift --output referral-patterns.gift"
            )
        }
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
            throw UsageError(
                "'export' needs one deck (its id or its file)", hint: "See 'palpate help export'.")
        }
        let output = OutputFile.requested(by: arguments, session: session)
        let deck = try self.deck(name, session: session)
        let (text, notes) = format == "gift" ? GIFTWriter.write(deck) : MoodleXMLWriter.write(deck)
        let skipped = notes.filter { $0.outcome == .skipped }
        let lines = skipped.map { TerminalSanitizer.clean($0.description, keepNewlines: false) }
        let summary =
            "Exported \(notes.count - skipped.count) questions of '\(deck.id)' (\(skipped.count) left out)."
        if let output {
            try output.write(text)
            session.print(lines: lines + [summary + " Wrote \(output.path)."])
        } else {
            session.context.output.write(text)
            for line in lines + [summary] { session.printError(line) }
        }
        return .success
    }

    private static func deck(_ name: String, session: AppSession) throws -> Deck {
        if name.hasSuffix(".json") {
            let url = URL.resolving(name, against: session.context.currentDirectory)
            let loaded = DeckLoader.load(file: url, displayName: name, lessons: nil)
            guard let deck = loaded.deck else {
                let errors = loaded.diagnostics.filter { $0.severity == .error }.count
                throw CommandFailure(
                    "\(QuotedInput.quote(name)) cannot be read (\(errors) errors); run 'palpate check \(name)' for details"
                )
            }
            return deck
        }
        let library = try session.studyContent()
        guard let deck = library.decks.first(where: { $0.id == name }) else {
            let near = EditDistance.suggestions(for: name, among: library.decks.map(\.id)).first
            throw UsageError(
                "no deck \(QuotedInput.quote(name))" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "Give a deck's id (see 'palpate cards') or the path of a deck file.")
        }
        return deck
    }
}
