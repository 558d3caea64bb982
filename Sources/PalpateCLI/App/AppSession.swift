import Content
import Foundation
import Progress
import TextFormats

/// The context plus the global options, shared by every command of one run.
final class AppSession {
    let context: AppContext
    let contentOption: String?
    let dataDirectoryOption: String?
    let colorMode: ColorMode

    init(context: AppContext, contentOption: String?, dataDirectoryOption: String?, colorMode: ColorMode) {
        self.context = context
        self.contentOption = contentOption
        self.dataDirectoryOption = dataDirectoryOption
        self.colorMode = colorMode
    }

    lazy var style = TerminalStyle(
        enabled: colorMode.enablesStyle(
            isTerminal: context.stdoutIsTerminal, environment: context.environment))
    lazy var errorStyle = TerminalStyle(enabled: colorMode == .always)

    /// Columns to wrap to: the terminal's width (or `COLUMNS`), kept between 40 and 100 for reading.
    var width: Int {
        let columns = context.terminalWidth ?? context.environment["COLUMNS"].flatMap { Int($0) } ?? 80
        return max(40, min(100, columns))
    }

    /// `text` as written to standard error: on a terminal a line too long for it wraps at a word,
    /// later lines indented and a quotation kept whole; piped, each line stays as it is.
    static func errorText(_ text: String, _ context: AppContext) -> String {
        guard context.stderrIsTerminal, let columns = context.errorTerminalWidth else { return text + "\n" }
        let wrapper = TextWrapper(width: max(40, columns), style: TerminalStyle(enabled: false))
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            wrapper.wrap(
                pieces: TextWrapper.pieces(keepingQuotations: String($0)), indent: "  ", firstIndent: "")
        }.map { $0 + "\n" }.joined()
    }

    /// Columns a table may use: the terminal's whole width; `nil` when piped, where a row stays
    /// on one line for scripts.
    var tableWidth: Int? {
        guard context.stdoutIsTerminal else { return nil }
        return max(40, context.terminalWidth ?? context.environment["COLUMNS"].flatMap { Int($0) } ?? 80)
    }

    func print(_ line: String = "") { context.output.write(line + "\n") }
    func print(lines: [String]) { context.output.write(lines.map { $0 + "\n" }.joined()) }

    /// Prints prose wrapped at a word to `width`, so the terminal never breaks a word in two.
    func print(
        wrapping text: String, indent: String = "", firstIndent: String? = nil,
        apply: @escaping (String) -> String = { $0 }
    ) {
        print(
            lines: TextWrapper(width: width, style: style).wrap(
                text, indent: indent, firstIndent: firstIndent, apply: apply))
    }

    func printError(_ line: String) { context.errorOutput.write(line + "\n") }
    /// Prints a message to standard error wrapped to the terminal (see `errorText`).
    func printWrappedError(_ text: String) { context.errorOutput.write(Self.errorText(text, context)) }

    /// Where content comes from (see `ContentLocator`).
    func contentRoot() throws -> URL {
        do {
            return try ContentLocator(
                option: contentOption, environment: context.environment,
                currentDirectory: context.currentDirectory,
                packageRoot: context.packageRoot
            ).locate()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Loads the content for studying: a broken deck or lesson is skipped with one warning each
    /// (the details are for `palpate check`), and the rest carries on. A command that studies
    /// cards (`requiringDecks`) stops when no deck could be read at all, rather than showing
    /// "0 cards due" as though the course were done.
    func studyContent(requiringDecks: Bool = false) throws -> ContentLibrary {
        // Decks checked on an earlier start and unchanged since come from the data folder's cache
        // (only once that folder exists: studying creates it, not this).
        let cacheFolder = dataDirectory.appendingPathComponent("cache")
        let cache =
            FileManager.default.fileExists(atPath: dataDirectory.path)
            ? DeckCache(folder: cacheFolder) : nil
        let library = ContentLibrary.load(
            root: try contentRoot(), displayBase: context.currentDirectory, cache: cache)
        var reported = Set<String>()
        for diagnostic in library.diagnostics where diagnostic.severity == .error {
            guard reported.insert(diagnostic.file).inserted else { continue }
            let count = library.diagnostics.count { $0.file == diagnostic.file && $0.severity == .error }
            printWrappedError(
                "warning: skipping \(diagnostic.file): \(count == 1 ? "1 error" : "\(count) errors"); "
                    + "run 'palpate check \(diagnostic.file)' for details")
        }
        if requiringDecks, library.decks.isEmpty {
            throw CommandFailure(
                Self.noDeckMessage(library, skipped: reported.count { $0.hasSuffix(".json") }))
        }
        return library
    }

    /// Why there is nothing to study, and how to see the reason.
    static func noDeckMessage(_ library: ContentLibrary, skipped: Int) -> String {
        let quizzes = library.root.appendingPathComponent("Quizzes").path
        guard skipped > 0 else {
            return "no deck found in \(quizzes); add a deck file there (see 'palpate help check') "
                + "or point --content at a course folder"
        }
        return "no deck could be read: every deck in \(quizzes) has errors; "
            + "run 'palpate check' to see each error and how to fix it"
    }

    /// The student's data folder (see `DataDirectory`).
    var dataDirectory: URL {
        DataDirectory.resolve(
            option: dataDirectoryOption, environment: context.environment,
            homeDirectory: context.homeDirectory,
            currentDirectory: context.currentDirectory)
    }

    /// Opens the progress store. Review and exam sessions take the session lock (`forSession`),
    /// so a second terminal is told where the first one runs; reading commands do not.
    func openStore(forSession: Bool) throws -> ProgressStore {
        let now = context.clock()
        let holder =
            forSession
            ? SessionHolder(
                pid: context.processID, host: context.hostName, startedAt: now, timeZone: context.timeZone)
            : nil
        let store: ProgressStore
        do {
            store = try ProgressStore.open(
                directory: dataDirectory, now: now, timeZone: context.timeZone, sessionHolder: holder)
        } catch {
            throw CommandFailure(error.description)
        }
        if store.created {
            printWrappedError(
                "Created your progress store in \(dataDirectory.path) (change it with --data-dir or PALPATE_HOME)."
            )
        }
        if let failure = store.dailyBackupFailure {
            printWrappedError("warning: today's backup could not be made: \(failure.description)")
        }
        return store
    }
}
