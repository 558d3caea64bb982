import Curriculum
import TextFormats

/// Reads a deck file into a `Deck`, checking everything an author can get wrong.
///
/// Every problem is reported with its file, line, column, question and field, and what would be
/// valid; decoding carries on past a bad question so one run shows all the problems. A deck with
/// any error is not returned: students never see a half-valid deck.
public enum DeckDecoder {
    public static let currentFormat = 1
    static let deckKeys = [
        "$schema", "format", "id", "title", "description", "version", "order", "tags", "questions",
    ]

    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name to use in diagnostics.
    ///   - lessons: when given, lesson links must name an existing lesson and section.
    public static func decode(_ bytes: [UInt8], file: String, lessons: LessonLibrary? = nil)
        -> (deck: Deck?, diagnostics: [Diagnostic])
    {
        let source = SourceText(bytes: bytes)
        let sink = DiagnosticSink(source: source, file: file)
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            sink.report(.error, at: error.offset, error.message)
            return (nil, sink.diagnostics)
        }
        guard let reader = ObjectReader(root, sink: sink, question: nil, path: "", what: "a deck") else {
            return (nil, sink.diagnostics)
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
                .error, at: member.value.offset, "'\(id)' is not a valid id; use \(Slug.rule)", field: "id")
        }
        let title = reader.text("title", "the deck's title")
        let description = reader.optionalText("description")
        let version = reader.optionalInteger("version", minimum: 1) ?? 1
        let order = reader.optionalInteger("order", minimum: 0) ?? 0
        let deckTags = reader.tags()
        var questions: [Question] = []
        if let items = reader.array("questions", "questions", minimum: 1, owner: "a deck") {
            var seen: [String: Int] = [:]
            for (index, item) in items.enumerated() {
                var decoder = QuestionDecoder(node: item, index: index, sink: sink, lessons: lessons)
                guard var question = decoder.decode() else { continue }
                if let firstLine = seen[question.id] {
                    let idOffset = item.objectValue?.first { $0.key == "id" }?.value.offset ?? item.offset
                    sink.report(
                        .error, at: idOffset,
                        "the id '\(question.id)' is already used by the question on line \(firstLine); ids must be unique",
                        question: question.id, field: "id")
                    continue
                }
                seen[question.id] = question.line
                question.tags += deckTags.filter { !question.tags.contains($0) }
                questions.append(question)
            }
        }
        guard !sink.hasErrors, let id, let title else { return (nil, sink.diagnostics) }
        let deck = Deck(
            id: id, title: title, description: description, version: version, order: order, file: file,
            questions: questions,
            idPosition: reader.member("id").map { source.position(ofByteOffset: $0.value.offset) })
        return (deck, sink.diagnostics)
    }
}
