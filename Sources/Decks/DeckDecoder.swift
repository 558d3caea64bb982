import Curriculum
import TextFormats

/// Reads a deck file into a `Deck`, checking everything an author can get wrong.
///
/// Every problem is reported with its file, line, column, question and field, and what would be
/// valid; decoding carries on past a bad question so one run shows all the problems. A deck with
/// any error is not returned: students never see a half-valid deck.
///
/// The file is read a window at a time and each question is decoded as soon as it has been
/// read (`JSONStreamReader`), on a second core (`QuestionPipeline`), so checking a deck of
/// 100,000 questions never holds the whole file or its syntax tree. A file that is not well-formed JSON is parsed whole instead, so its
/// syntax error reads exactly as before.
public enum DeckDecoder {
    public static let currentFormat = 1
    static let deckKeys = [
        "$schema", "format", "id", "title", "description", "version", "order", "tags", "area",
        "misconceptions",
        "cases", "questions",
    ]

    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in diagnostics.
    ///   - lessons: when given, lesson links must name an existing lesson and section.
    public static func decode(_ bytes: [UInt8], file: String, lessons: LessonLibrary? = nil)
        -> (deck: Deck?, diagnostics: [Diagnostic])
    {
        // Bytes in memory cannot fail to read.
        guard let reading = try? read(.bytes(bytes), file: file, lessons: lessons) else { return (nil, []) }
        return (reading.deck, reading.diagnostics)
    }

    /// Reads and checks a deck from `source`.
    ///
    /// - Parameter keepingQuestions: `false` to check a deck without keeping its questions (the
    ///   returned deck then has none; `questionCount` says how many were valid), which is how
    ///   `palpate check` reads a deck of any size in little memory.
    /// - Throws: what `source` throws when the file cannot be read.
    public static func read(
        _ source: ByteChunks, file: String, lessons: LessonLibrary? = nil, keepingQuestions: Bool = true
    ) throws -> DeckReading {
        let reader = try JSONStreamReader(source)
        // The questions are checked on a second core as they are read (`QuestionPipeline`).
        let pipeline = QuestionPipeline(file: file) {
            QuestionCollector(sink: $0, lessons: lessons, keeping: keepingQuestions)
        }
        let outcome: JSONStreamReader.Outcome
        do {
            outcome = try reader.read(placingItemsOf: "questions") { pipeline.add($0) }
        } catch {
            _ = pipeline.finish()
            throw error
        }
        var questions = pipeline.finish()
        switch outcome {
        case .document(let root, let streamedCount):
            let deckSink = DiagnosticSink(file: file, position: reader.position(ofByteOffset:))
            return finish(
                root: root, streamedCount: streamedCount, questions: &questions, deckSink: deckSink,
                file: file)
        case .notStreamable:
            // Not well formed (or not an object): the whole-file parser says exactly where and why.
            let bytes = try source.readAll()
            let text = SourceText(bytes: bytes)
            let sink = DiagnosticSink(file: file, position: text.position(ofByteOffset:))
            let root: JSONNode
            do {
                // A stray or missing comma is reported and stepped over, so the rest of the file
                // is still checked in this run.
                let parsed = try JSONParser.parseRecovering(bytes)
                for slip in parsed.slips { sink.report(.error, at: slip.offset, slip.message) }
                root = parsed.node
            } catch {
                sink.report(.error, at: error.offset, error.message)
                return DeckReading(deck: nil, questionCount: 0, diagnostics: sink.diagnostics)
            }
            var fresh = QuestionCollector(
                sink: DiagnosticSink(file: file, position: text.position(ofByteOffset:)), lessons: lessons,
                keeping: keepingQuestions)
            return finish(root: root, streamedCount: nil, questions: &fresh, deckSink: sink, file: file)
        }
    }

    /// Checks the deck's own fields and puts the deck together. Deck-level problems come first in
    /// the diagnostics, then the questions' in file order.
    private static func finish(
        root: JSONNode, streamedCount: Int?, questions: inout QuestionCollector,
        deckSink sink: DiagnosticSink,
        file: String
    ) -> DeckReading {
        func failed() -> DeckReading {
            DeckReading(
                deck: nil, questionCount: 0, diagnostics: sink.diagnostics + questions.sink.diagnostics)
        }
        guard
            let reader = ObjectReader(
                root, sink: sink, question: nil, path: "", vocabulary: deckKeys, what: "a deck")
        else {
            return failed()
        }
        reader.rejectUnknownKeys(allowed: deckKeys, context: "a deck")
        if let format = reader.requireMember("format", "'format' (write \"format\": 1)") {
            if let value = format.value.integerValue, value > currentFormat {
                sink.report(
                    .error, at: format.value.offset,
                    "this deck uses format \(value), written for a newer Palpate; update Palpate to read it",
                    field: "format")
            } else if format.value.integerValue != currentFormat {
                sink.report(
                    .error, at: format.value.offset, "must be 1, not \(describe(format.value))",
                    field: "format")
            }
        }
        let id = reader.text("id", "the deck's id, e.g. \"referral-patterns\"")
        if let id, !Slug.isValid(id), let member = reader.member("id") {
            sink.report(
                .error, at: member.value.offset,
                "\(QuotedInput.quote(id)) is not a valid id; use \(Slug.rule)", field: "id")
        }
        let title = reader.text("title", "the deck's title")
        let description = reader.optionalText("description")
        let version = reader.optionalInteger("version", minimum: 1) ?? 1
        let order = reader.optionalInteger("order", minimum: 0) ?? 0
        let deckTags = reader.tags()
        let deckArea = reader.area()
        if let streamedCount {
            if streamedCount == 0, let member = reader.member("questions") {
                sink.report(
                    .error, at: member.value.offset, "has 0; a deck needs at least one", field: "questions")
            }
        } else if let items = reader.array("questions", "questions", minimum: 1, owner: "a deck") {
            for item in items { questions.add(item) }
        }
        let misconceptions = MisconceptionDecoder.decode(
            reader, uses: questions.misconceptionUses, sink: sink)
        let cases = ClientCaseDecoder.decode(reader, questions: questions, sink: sink)
        let cueOffset = reader.member("questions")?.value.offset ?? root.offset
        // The deck-wide figures (true/false balance, longest keys) count the questions that were
        // read: with some broken they describe another deck, and warned of an imbalance the
        // author's deck does not have. They are given once the questions are fixed.
        if !questions.sink.hasErrors {
            for message in questions.cues.warnings {
                sink.report(.warning, at: cueOffset, message, field: "questions")
            }
        }
        if questions.unlinked > 0 {
            sink.report(
                .warning, at: cueOffset,
                "\(questions.unlinked) of \(questions.count) questions link no lesson, so a wrong answer shows "
                    + "no reading; add \"lesson\": \"lesson-id#section\" to each (palpate import --lesson does it "
                    + "for a whole file)",
                field: "questions")
        }
        guard !sink.hasErrors, !questions.sink.hasErrors, let id, let title else { return failed() }
        let deck = Deck(
            id: id, title: title, description: description, version: version, order: order, file: file,
            questions: questions.kept(addingTags: deckTags, area: deckArea), misconceptions: misconceptions,
            cases: cases, idPosition: reader.member("id").map { sink.position($0.value.offset) },
            area: deckArea)
        return DeckReading(
            deck: deck, questionCount: questions.count,
            diagnostics: sink.diagnostics + questions.sink.diagnostics, prompts: questions.prompts)
    }
}

/// A deck read from a file: the deck when it has no errors, and everything found wrong.
public struct DeckReading: Sendable {
    public var deck: Deck?
    /// Valid questions read, kept or not.
    public var questionCount: Int
    public var diagnostics: [Diagnostic]
    /// The words of its valid questions' prompts, for `NearDuplicatePrompts` (empty for a reading
    /// taken from a cache).
    public var prompts: PromptSignatures?

    public init(deck: Deck?, questionCount: Int, diagnostics: [Diagnostic], prompts: PromptSignatures? = nil)
    {
        self.deck = deck
        self.questionCount = questionCount
        self.diagnostics = diagnostics
        self.prompts = prompts
    }
}

/// Decodes a deck's questions one at a time, as they are read, and checks ids are unique.
struct QuestionCollector {
    let sink: DiagnosticSink
    let lessons: LessonLibrary?
    let keeping: Bool
    private var keptQuestions: [Question] = []
    private(set) var count = 0
    /// Valid questions written without `lesson`.
    private(set) var unlinked = 0
    private var index = 0
    private var shared = SharedValues()
    /// The line of each id's first question, valid or not, for "already used by the question on
    /// line …" (and so that a case step naming a question that failed its checks is not
    /// reported a second time).
    private var lineByID: [String: Int] = [:]
    /// The deck-wide cue figures (true/false balance, longest keys, absolute words).
    private(set) var cues = DeckCueTally()
    /// How many places each per-question lint has named.
    private(set) var places = LintPlaces()
    private(set) var prompts: PromptSignatures
    /// Every distractor's `misconception`, checked against the deck's list at the end.
    private(set) var misconceptionUses: [MisconceptionUse] = []

    init(sink: DiagnosticSink, lessons: LessonLibrary?, keeping: Bool) {
        self.sink = sink
        self.lessons = lessons
        self.keeping = keeping
        prompts = PromptSignatures(file: sink.file)
    }

    mutating func add(_ item: JSONNode) {
        defer { index += 1 }
        var decoder = QuestionDecoder(node: item, index: index, sink: sink, lessons: lessons)
        guard let question = decoder.decode() else {
            if let rawID = item.objectValue?.first(where: { $0.key == "id" })?.value.stringValue {
                // Its id is taken all the same: a later question reusing it is a second mistake,
                // which the author would otherwise only meet after fixing the first.
                if lineByID[rawID] == nil { lineByID[rawID] = sink.position(item.offset).line }
            }
            return
        }
        if let firstLine = lineByID[question.id] {
            let idOffset = item.objectValue?.first { $0.key == "id" }?.value.offset ?? item.offset
            sink.report(
                .error, at: idOffset,
                "the id \(QuotedInput.quote(question.id)) is already used by the question on line \(firstLine); ids must be unique",
                question: question.id, field: "id")
            return
        }
        lineByID[question.id] = question.line
        count += 1
        if question.lesson.isUnlinked { unlinked += 1 }
        noteMisconceptions(of: question, item: item)
        let cards = question.cards
        // A cloze question's cards share its text: the lints see the first (the others would be
        // near-identical prompts of each other), the deck keeps them all.
        guard let question = cards.first else { return }
        let keyIsLongest = QuestionCueCheck(sink: sink).check(
            id: question.id, kind: question.kind, item: item, places: &places)
        prompts.add(
            id: question.id, position: question.idPosition ?? SourcePosition(line: question.line, column: 1),
            prompt: question.prompt, kind: question.kind)
        cues.add(
            id: question.id, kind: question.kind, promptWords: prompts.words(of: prompts.count - 1),
            keyIsLongest: keyIsLongest)
        if keeping { keptQuestions += cards.map(\.question) }
    }

    /// Whether a question with this id was written in the deck (valid or not).
    func hasQuestion(_ id: String) -> Bool { lineByID[id] != nil }

    /// Every question id written, for "did you mean" (only when a case names an unknown one).
    var questionIDs: [String] { Array(lineByID.keys) }

    /// Notes each `misconception` a choice names, and reports one on a correct choice: a
    /// misconception is a wrong belief, so only a distractor can stand for it.
    private mutating func noteMisconceptions(of question: QuestionDecoder.Checked, item: JSONNode) {
        guard case .multipleChoice(let choices, let correct, _) = question.kind,
            choices.contains(where: { $0.misconception != nil })
        else { return }
        let nodes = item.objectValue?.first { $0.key == "choices" }?.value.arrayValue ?? []
        for (index, choice) in choices.enumerated() {
            guard let id = choice.misconception else { continue }
            let node = index < nodes.count ? nodes[index] : item
            let offset = node.objectValue?.first { $0.key == "misconception" }?.value.offset ?? node.offset
            let field = "choices[\(index)].misconception"
            if correct.contains(index) {
                sink.report(
                    .error, at: offset,
                    "a correct choice cannot carry a misconception (a wrong belief); move it to a distractor",
                    question: question.id, field: field)
            } else {
                misconceptionUses.append(
                    MisconceptionUse(
                        id: id, question: question.id, field: field, position: sink.position(offset)))
            }
        }
    }

    /// The kept questions, each with the deck's `tags` after its own, sharing repeated values.
    /// The questions kept, each with the deck's tags added and the deck's area where it names none.
    mutating func kept(addingTags tags: [String], area: String? = nil) -> [Question] {
        keptQuestions.map { question in
            var question = question
            if question.area == nil { question.area = area }
            let added = tags.filter { !question.tags.contains($0) }
            if !added.isEmpty { question.tags += added }
            return shared.share(question)
        }
    }
}
