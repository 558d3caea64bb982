import Content
import Decks
import Foundation
import Interchange
import TextFormats

/// `palpate export DECK --format gift|moodle-xml|apkg`: a deck as a question bank Moodle imports,
/// or as an Anki package.
enum ExportCommand: Command {
    static let name = "export"
    static let printsData = true
    static let summary = "Write a deck as GIFT or Moodle XML for Moodle, or as an Anki package"
    static let usage = "palpate export DECK --format gift|moodle-xml|apkg [--output FILE]"
    static let discussion = """
        DECK is a deck's id in the course, or the path of a deck file. Each question is titled with its id, so \
        importing the file back with 'palpate import' gives the same ids. Choice feedback and explanations are \
        carried over. GIFT has no ordering question and no cloze with more than one blank or a hint: those are \
        left out and listed; Moodle XML writes ordering questions as Moodle's ordering type and cloze questions \
        as embedded answers. Flashcards, self-graded, are left out of both.

        apkg writes an Anki package: one note per question (its id is the note's GUID, so importing an updated \
        deck again updates the notes), prompt on the front, answer, explanation and lesson on the back, cloze \
        questions as cloze notes, in an Anki deck named after the deck's title. Matching and ordering questions \
        become basic notes with the answer on the back, and are listed. An Anki package is binary: give \
        --output FILE.apkg, or redirect standard output to a file.

        Without --output the file goes to standard output and the list to standard error; --output writes it in \
        one step and never replaces an existing file unless --force is given.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--format", value: "gift|moodle-xml|apkg", help: "The format to write (required)."),
        OptionSpec(name: "--output", value: "FILE", help: "Write to FILE instead of standard output."),
        .flag("--force", "Replace FILE if it exists."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // Nothing is written before the output is complete (a file is placed whole: `OutputFile`),
        // so Ctrl-C may end the command at once.
        InterruptSignal.endProcessOnInterrupt()
        guard let format = try arguments.choice("--format", ["gift", "moodle-xml", "apkg"], command: name)
        else {
            throw UsageError(
                "'export' needs --format gift, moodle-xml or apkg",
                hint:
                    "For example: palpate export referral-patterns --format gift --output referral-patterns.gift"
            )
        }
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
            throw UsageError(
                "'export' needs one deck (its id or its file)", hint: "See 'palpate help export'.")
        }
        let output = OutputFile.requested(
            by: arguments, session: session, example: "deck.\(format == "moodle-xml" ? "xml" : format)")
        if format == "apkg", output == nil, session.context.stdoutIsTerminal {
            throw UsageError(
                "an Anki package is binary and would garble the terminal",
                hint:
                    "Give a file: palpate export \(QuotedInput.quote(name)) --format apkg --output deck.apkg (or redirect: > deck.apkg)"
            )
        }
        let deck = try self.deck(name, session: session)
        let bytes: [UInt8]
        let notes: [ImportNote]
        switch format {
        case "apkg":
            do {
                (bytes, notes) = try AnkiPackageWriter.write(
                    deck, now: session.context.clock(), temporaryFolder: temporaryFolder(session),
                    processID: session.context.processID)
            } catch {
                throw CommandFailure("cannot export \(QuotedInput.quote(deck.id)): \(error)")
            }
        case "gift":
            let written = GIFTWriter.write(deck)
            (bytes, notes) = (Array(written.text.utf8), written.notes)
        default:
            let written = MoodleXMLWriter.write(deck)
            (bytes, notes) = (Array(written.text.utf8), written.notes)
        }
        let listed = notes.filter { $0.outcome != .converted }
        let skipped = listed.filter { $0.outcome == .skipped }.count
        let changed = listed.count - skipped
        let lines = listed.map { TerminalSanitizer.clean($0.description, keepNewlines: false) }
        let summary =
            "Exported \(notes.count - skipped) questions of '\(deck.id)' ("
            + (changed > 0 ? "\(changed) changed, " : "") + "\(skipped) left out)."
        if let output {
            try output.write(bytes: bytes)
            session.print(lines: lines + [summary + " Wrote \(output.path)."])
        } else {
            if format == "apkg", let binary = session.context.output as? BinaryOutput {
                binary.write(bytes: bytes)
            } else {
                session.context.output.write(String(decoding: bytes, as: UTF8.self))
            }
            for line in lines + [summary] { session.printError(line) }
        }
        return .success
    }

    /// Where a package's collection is built before it is zipped: `$TMPDIR`, else `/tmp`.
    private static func temporaryFolder(_ session: AppSession) -> URL {
        URL(
            fileURLWithPath: session.context.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        )
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
                hint:
                    "Give a deck's id (\(library.decks.map(\.id).joined(separator: ", "))) or the path of a deck file."
            )
        }
        return deck
    }
}
