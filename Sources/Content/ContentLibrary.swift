import Curriculum
import Decks
import Foundation
import TextFormats

/// Everything a student studies: the lessons and the decks of one content folder, checked
/// against each other (links resolve, ids are unique across decks).
public struct ContentLibrary: Sendable {
    public var root: URL
    public var lessons: LessonLibrary
    /// Valid decks, in curriculum order (`order`, then id).
    public var decks: [Deck]
    /// Everything found wrong; decks with errors are left out of `decks`.
    public var diagnostics: [Diagnostic]
    /// The prompts of the decks checked in this load (not those read from the cache), for
    /// `NearDuplicatePrompts` across every deck a `palpate check` run reads.
    public var prompts: [PromptSignatures] = []
    /// The exam's outline (`Quizzes/blueprint.json`), when the course has a valid one.
    public var blueprint: Blueprint?
    /// Deck files that gave no deck: unreadable, with errors, or clashing with another deck.
    public var decksLeftOut = 0

    /// Loads `root/Curriculum/*.md` and `root/Quizzes/*.json` (the schema file is skipped).
    ///
    /// - Parameters:
    ///   - displayBase: the folder file names are shown relative to (usually the current
    ///     folder); files elsewhere are shown by their full path.
    ///   - cache: decks checked before and unchanged since are read from it (see `DeckCache`).
    public static func load(root: URL, displayBase: URL, cache: DeckCache? = nil) -> ContentLibrary {
        let curriculum = root.appendingPathComponent("Curriculum")
        let quizzes = root.appendingPathComponent("Quizzes")
        var diagnostics: [Diagnostic] = []
        let lessons: LessonLibrary
        if ContentLocator.isDirectory(curriculum) {
            let loaded = LessonLibrary.load(
                folder: curriculum, displayPrefix: displayName(curriculum, base: displayBase) + "/")
            lessons = loaded.library
            diagnostics += loaded.diagnostics
        } else {
            lessons = LessonLibrary(lessons: [])
        }
        var decks: [Deck] = []
        var prompts: [PromptSignatures] = []
        var filesWithoutDeck = 0
        let lessonsFingerprint = cache == nil ? 0 : DeckCache.lessonsFingerprint(lessons)
        for file in deckFiles(in: quizzes) {
            let display = displayName(file, base: displayBase)
            if let target = ContainedFile.outsideTarget(of: file, in: quizzes) {
                let message = ContainedFile.refusal(target: target)
                diagnostics.append(Diagnostic(.error, file: display, position: nil, message: message))
                filesWithoutDeck += 1
                continue
            }
            let entry = cache?.entry(for: file, displayName: display, lessonsFingerprint: lessonsFingerprint)
            let result: DeckReading
            if let entry, let cached = cache?.reading(from: entry) {
                result = cached
            } else {
                result = DeckLoader.load(file: file, displayName: display, lessons: lessons)
                if let entry { cache?.remember(result, in: entry) }
            }
            diagnostics += result.diagnostics
            if let deck = result.deck { decks.append(deck) } else { filesWithoutDeck += 1 }
            if let signatures = result.prompts { prompts.append(signatures) }
        }
        let checked = CrossDeckCheck.run(decks: decks, lessons: lessons)
        diagnostics += checked.diagnostics
        let blueprintFile = quizzes.appendingPathComponent(BlueprintDecoder.fileName)
        var blueprint: Blueprint?
        if let data = FileManager.default.contents(atPath: blueprintFile.path) {
            let decoded = BlueprintDecoder.decode(
                Array(data), file: displayName(blueprintFile, base: displayBase))
            diagnostics += decoded.diagnostics
            blueprint = decoded.blueprint
            if let blueprint { diagnostics += BlueprintCoverage.check(blueprint, decks: checked.decks) }
        }
        var library = ContentLibrary(
            root: root, lessons: lessons, decks: checked.decks, diagnostics: diagnostics)
        library.prompts = prompts
        library.blueprint = blueprint
        library.decksLeftOut = filesWithoutDeck + decks.count - checked.decks.count
        return library
    }

    public init(root: URL, lessons: LessonLibrary, decks: [Deck], diagnostics: [Diagnostic]) {
        self.root = root
        self.lessons = lessons
        self.decks = decks.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    public func deck(id: String) -> Deck? { decks.first { $0.id == id } }

    /// Deck files of a folder: `*.json` except the schemas and the blueprint, sorted by name.
    static func deckFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") && !$0.hasPrefix(".")
                && $0 != BlueprintDecoder.fileName
        }
        .sorted().map { folder.appendingPathComponent($0) }
    }

    /// A path as the user would type it: relative to `base` when inside it.
    public static func displayName(_ url: URL, base: URL) -> String {
        let path = url.standardizedFileURL.path
        let basePath = base.standardizedFileURL.path
        let prefix = basePath.hasSuffix("/") ? basePath : basePath + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
