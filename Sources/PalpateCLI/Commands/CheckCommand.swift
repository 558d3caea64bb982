import BodyMaps
import Content
import Curriculum
import Decks
import Foundation
import TextFormats

/// `palpate check [PATH…]`: the instructor's linter for decks and lessons.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Check decks and lessons for mistakes (for instructors)"
    static let usage = "palpate check [PATH…] [--strict] [--format text|json]"
    static let discussion = """
        Checks deck files (Quizzes/*.json) and lessons (Curriculum/*.md) and reports each problem as \
        file:line:column: error|warning: message, naming the question and field and saying what would be valid.

        With no PATH, checks the content Palpate would use (see --content). A PATH may be a content folder \
        (holding Curriculum/ and Quizzes/), a folder of decks or lessons, or single files. Lesson links in a \
        deck are checked against the lessons beside it (../Curriculum) or else the current content.

        Warnings point at items a student can answer without knowing the content (an unbalanced \
        true/false split, the key as the longest choice, absolute words only in false statements, "all of \
        the above", a distractor without feedback, near-identical prompts, also across decks).

        Exits 0 when there are no errors (warnings allowed) and 1 otherwise; with --strict, warnings count \
        as errors.
        """
    static let options: [OptionSpec] = [
        .flag("--strict", "Treat warnings as errors (exit 1 when there is any)."),
        OptionSpec(
            name: "--format", value: "text|json",
            help: "text (default) for people, json for editors and tools."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // It only computes and prints: Ctrl-C ends it at once.
        InterruptSignal.endProcessOnInterrupt()
        let format = try arguments.choice("--format", ["text", "json"], command: name) ?? "text"
        let base = session.context.currentDirectory
        var result = CheckResult()
        if arguments.positionals.isEmpty {
            let root = try session.contentRoot()
            let library = ContentLibrary.load(root: root, displayBase: base)
            result.add(library)
            result.addBodyMaps(root: root, lessons: library.lessons, displayBase: base)
            result.diagnostics += RegionQuestionCheck.run(decks: library.decks, atlas: result.atlas)
            result.diagnostics += SharedMisconceptionCheck.run(decks: library.decks)
        } else {
            for path in arguments.positionals {
                try check(path: path, session: session, into: &result)
            }
            result.diagnostics += CrossDeckCheck.duplicateIDs(among: result.deckReadings)
            result.diagnostics += SharedMisconceptionCheck.run(decks: result.deckReadings.compactMap(\.deck))
        }
        let strict = arguments.has("--strict")
        let found = result.diagnostics + NearDuplicatePrompts.find(in: result.prompts)
        let diagnostics = Diagnostic.sortedForDisplay(strict ? found.map(\.asError) : found)
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        if format == "json" {
            session.print(
                json(diagnostics, result: result, errors: errors, warnings: warnings).serialized(pretty: true)
            )
        } else {
            let style = session.errorStyle
            for diagnostic in diagnostics {
                let label = diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
                let location =
                    diagnostic.position.map { "\(diagnostic.file):\($0.line):\($0.column)" }
                    ?? diagnostic.file
                session.printError(
                    "\(location): \(label) \(TerminalSanitizer.clean(diagnostic.message, keepNewlines: false))"
                )
            }
            session.print(result.summary(errors: errors, warnings: warnings))
        }
        return errors == 0 ? .success : .failure
    }

    private static func check(path: String, session: AppSession, into result: inout CheckResult) throws {
        let base = session.context.currentDirectory
        let url = URL.resolving(path, against: base)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            result.diagnostics.append(
                Diagnostic(
                    .error, file: path, position: nil, message: "no such file or folder; check the path"))
            return
        }
        if isDirectory.boolValue {
            let holdsContent = ["Curriculum", "Quizzes"].contains {
                FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path)
            }
            if holdsContent {
                let library = ContentLibrary.load(root: url, displayBase: base)
                result.add(library)
                result.addBodyMaps(root: url, lessons: library.lessons, displayBase: base)
                result.diagnostics += RegionQuestionCheck.run(decks: library.decks, atlas: result.atlas)
                result.diagnostics += SharedMisconceptionCheck.run(decks: library.decks)
                return
            }
            if url.lastPathComponent == ReferralAtlasLoader.folderName {
                result.addBodyMaps(folder: url, session: session)
                return
            }
            // A curriculum folder's referral maps are checked with its lessons.
            let body = url.appendingPathComponent(ReferralAtlasLoader.folderName)
            if FileManager.default.fileExists(
                atPath: body.appendingPathComponent(BodyModelDecoder.fileName).path)
            {
                result.addBodyMaps(folder: body, session: session)
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            let files = names.filter {
                ($0.hasSuffix(".json") && !$0.hasSuffix(".schema.json")) || $0.hasSuffix(".md")
            }
            if files.isEmpty {
                result.diagnostics.append(
                    Diagnostic(
                        .warning, file: path, position: nil,
                        message: "this folder holds no deck (.json) or lesson (.md) files"))
            }
            for name in files {
                try check(path: url.appendingPathComponent(name).path, session: session, into: &result)
            }
            return
        }
        let display = ContentLibrary.displayName(url, base: base)
        if url.pathExtension == "md" {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                result.diagnostics.append(
                    Diagnostic(.error, file: display, position: nil, message: "cannot read this file"))
                return
            }
            let parsed = LessonParser.parse(bytes: Array(data), file: display)
            result.diagnostics += parsed.diagnostics
            if parsed.lesson != nil { result.lessonCount += 1 }
        } else if [BodyModelDecoder.fileName, ReferralPatternDecoder.fileName].contains(url.lastPathComponent)
        {
            result.addBodyMaps(folder: url.deletingLastPathComponent(), session: session)
        } else if url.lastPathComponent == BlueprintDecoder.fileName {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                result.diagnostics.append(
                    Diagnostic(.error, file: display, position: nil, message: "cannot read this file"))
                return
            }
            result.diagnostics += BlueprintDecoder.decode(Array(data), file: display).diagnostics
        } else {
            let lessons = lessonsForLinks(of: url, session: session, into: &result)
            // Checked without keeping the questions: a deck of any size is checked in little memory.
            let loaded = DeckLoader.load(
                file: url, displayName: display, lessons: lessons, keepingQuestions: false)
            result.diagnostics += loaded.diagnostics
            if let prompts = loaded.prompts { result.prompts.append(prompts) }
            result.deckReadings.append(loaded)
            if loaded.deck != nil {
                result.deckCount += 1
                result.questionCount += loaded.questionCount
            } else {
                result.decksLeftOut += 1
            }
        }
    }

    /// Lessons to resolve a deck's links against: `../Curriculum` beside the deck's folder, else
    /// the current content; `nil` (links checked for form only) when neither exists. Each
    /// curriculum folder is read once per run, however many decks link into it.
    private static func lessonsForLinks(of deck: URL, session: AppSession, into result: inout CheckResult)
        -> LessonLibrary?
    {
        let sibling = deck.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Curriculum")
        let folder: URL
        if FileManager.default.fileExists(atPath: sibling.path) {
            folder = sibling
        } else if let root = try? session.contentRoot() {
            folder = root.appendingPathComponent("Curriculum")
        } else {
            return nil
        }
        if let cached = result.lessonsByFolder[folder.path] { return cached }
        let lessons = LessonLibrary.load(folder: folder, displayPrefix: "").library
        result.lessonsByFolder[folder.path] = lessons
        return lessons
    }

    private static func json(_ diagnostics: [Diagnostic], result: CheckResult, errors: Int, warnings: Int)
        -> JSONValue
    {
        .object([
            ("errors", .int(errors)), ("warnings", .int(warnings)),
            ("decks", .int(result.deckCount)), ("questions", .int(result.questionCount)),
            ("lessons", .int(result.lessonCount)),
            (
                "diagnostics",
                .array(
                    diagnostics.map { diagnostic in
                        .object([
                            ("file", .string(diagnostic.file)),
                            ("line", .optional(diagnostic.position?.line)),
                            ("column", .optional(diagnostic.position?.column)),
                            ("severity", .string(diagnostic.severity.rawValue)),
                            ("message", .string(diagnostic.message)),
                            ("question", .optional(diagnostic.questionID)),
                            ("field", .optional(diagnostic.field)),
                        ])
                    })
            ),
        ])
    }
}

/// What one `palpate check` run found.
struct CheckResult {
    var diagnostics: [Diagnostic] = []
    var deckCount = 0
    /// Deck files whose errors kept them from being read as decks.
    var decksLeftOut = 0
    var questionCount = 0
    var lessonCount = 0
    /// Every deck's prompts, for near-identical prompts within and across decks.
    var prompts: [PromptSignatures] = []
    /// Each deck file named on the command line, as read (without its questions), for the ids
    /// across decks.
    var deckReadings: [DeckReading] = []
    /// Curriculum folders already read for checking lesson links, by path.
    var lessonsByFolder: [String: LessonLibrary] = [:]
    /// Referral maps checked (issue 19), and the body folders already read.
    var mapCount = 0
    var checkedBodyFolders: Set<String> = []
    /// The referral maps last read, which `region` questions are checked against.
    var atlas: ReferralAtlas?

    mutating func add(_ library: ContentLibrary) {
        diagnostics += library.diagnostics
        deckCount += library.decks.count
        decksLeftOut += library.decksLeftOut
        questionCount += library.decks.reduce(0) { $0 + $1.questions.count }
        lessonCount += library.lessons.lessons.count
        prompts += library.prompts
    }

    /// Checks the referral maps of a content folder (`Curriculum/body/`) against its lessons.
    mutating func addBodyMaps(root: URL, lessons: LessonLibrary, displayBase: URL) {
        let folder = root.appendingPathComponent("Curriculum").appendingPathComponent(
            ReferralAtlasLoader.folderName)
        addBodyMaps(folder: folder, lessons: lessons, displayBase: displayBase)
    }

    /// Checks a body folder named on the command line, against the lessons beside it (its
    /// parent folder) when there are any.
    mutating func addBodyMaps(folder: URL, session: AppSession) {
        let base = session.context.currentDirectory
        let curriculum = folder.deletingLastPathComponent()
        let lessons = LessonLibrary.load(
            folder: curriculum, displayPrefix: ContentLibrary.displayName(curriculum, base: base) + "/"
        ).library
        addBodyMaps(folder: folder, lessons: lessons.lessons.isEmpty ? nil : lessons, displayBase: base)
    }

    private mutating func addBodyMaps(folder: URL, lessons: LessonLibrary?, displayBase: URL) {
        guard !checkedBodyFolders.contains(folder.standardizedFileURL.path) else { return }
        checkedBodyFolders.insert(folder.standardizedFileURL.path)
        let loaded = ReferralAtlasLoader.load(
            folder: folder, displayPrefix: ContentLibrary.displayName(folder, base: displayBase) + "/",
            lessons: lessons)
        diagnostics += loaded.diagnostics
        mapCount += loaded.atlas?.patterns.count ?? 0
        atlas = loaded.atlas
    }

    func summary(errors: Int, warnings: Int) -> String {
        let lessons = plural(lessonCount, "lesson")
        let rest = mapCount > 0 ? "\(lessons) and \(plural(mapCount, "referral map"))" : "and \(lessons)"
        // A file whose errors kept it from being read is still named: "checked 0 decks" for a
        // broken file read as if nothing had been checked.
        let leftOut =
            decksLeftOut > 0 ? "; \(plural(decksLeftOut, "more deck file")) not read, see the errors" : ""
        let checked =
            "checked \(plural(deckCount, "deck")) (\(plural(questionCount, "question"))\(leftOut))"
            + "\(mapCount > 0 ? "," : "") \(rest)"
        if errors == 0 && warnings == 0 { return "\(checked): no problems found" }
        return "\(checked): \(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}

extension Diagnostic {
    /// The same problem reported as an error (`--strict`).
    fileprivate var asError: Diagnostic {
        var diagnostic = self
        diagnostic.severity = .error
        return diagnostic
    }
}

func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
