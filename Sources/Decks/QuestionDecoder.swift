import Curriculum
import TextFormats

/// Decodes and checks one question object of a deck.
struct QuestionDecoder {
    let node: JSONNode
    let index: Int
    let sink: DiagnosticSink
    let lessons: LessonLibrary?

    static let typeNames = QuestionType.allCases.map(\.rawValue)
    static let commonKeys = ["id", "type", "prompt", "explanation", "lesson", "tags", "area"]
    static let kindKeys: [QuestionType: [String]] = [
        .multipleChoice: ["choices", "answer", "multiple"],
        .trueFalse: ["answer"],
        .matching: ["pairs"],
        .ordering: ["steps"],
        .shortAnswer: ["accept"],
        .flashcard: ["back"],
        .cloze: ["text"],
        .region: ["views", "answer", "spillover", "side", "muscle"],
    ]
    /// The keys a question of each type may have, worked out once rather than per question. A
    /// cloze question has no `prompt`: each card's is its `text` with its deletions hidden.
    static let allowedKeys = kindKeys.mapValues { commonKeys + $0 }.merging([
        .cloze: commonKeys.filter { $0 != "prompt" } + ["text"]
    ]) { _, cloze in cloze }
    static let anyTypeKeys = commonKeys + kindKeys.values.flatMap { $0 }

    /// A question that passed every check, not yet packed into a `Question`: a check that keeps
    /// no questions (`palpate check FILE`) then never packs one.
    struct Checked {
        let id: String
        let kind: Question.Kind
        let prompt: String
        let explanation: String
        let lesson: LessonLink
        let tags: [String]
        let line: Int
        let idPosition: SourcePosition?
        let area: String?

        /// The cards it makes: itself, or for a cloze question one per deletion number, with the
        /// id `ClozeText.cardSuffix` makes and that card's text as its prompt.
        var cards: [Checked] {
            guard case .cloze(let text, _) = kind, let cloze = try? ClozeText(parsing: text) else {
                return [self]
            }
            return cloze.numbers.map { number in
                Checked(
                    id: id + ClozeText.cardSuffix(number), kind: .cloze(text: text, deletion: number),
                    prompt: cloze.prompt(for: number), explanation: explanation, lesson: lesson, tags: tags,
                    line: line, idPosition: idPosition, area: area)
            }
        }

        var question: Question {
            Question(
                id: id, kind: kind, prompt: prompt, explanation: explanation, lesson: lesson, tags: tags,
                line: line, idPosition: idPosition, area: area)
        }
    }

    mutating func decode() -> Checked? {
        let errorsBefore = sink.errorCount
        // Name the question in every message (duplicate keys, found while reading the object, too):
        // by its id when it has a usable one, else by position.
        let name: String? = node.objectValue.map { members in
            let rawID = members.first { $0.key == "id" }?.value.stringValue
            return rawID.flatMap { Slug.isValid($0) ? $0 : nil } ?? "#\(index + 1)"
        }
        guard
            let reader = ObjectReader(
                node, sink: sink, question: name, path: "", vocabulary: Self.anyTypeKeys,
                what: "question \(index + 1)")
        else {
            return nil
        }
        let id = reader.text("id", "a stable id such as \"upper-trapezius-zone\"")
        if let id, !Slug.isValid(id), let member = reader.member("id") {
            sink.report(
                .error, at: member.value.offset,
                "\(QuotedInput.quote(id)) is not a valid id; use \(Slug.rule)",
                question: reader.question,
                field: "id")
        }
        let type = decodeType(reader)
        // Without a known type, any type's fields may be meant: report only the type, not them.
        reader.rejectUnknownKeys(
            allowed: type.flatMap { Self.allowedKeys[$0] } ?? Self.anyTypeKeys,
            context: type.map { "a \($0.rawValue) question" } ?? "a question")
        let prompt = type == .cloze ? "" : reader.text("prompt", "the question the student sees")
        let explanation = reader.text("explanation", "why the answer is right, shown after answering")
        let lesson = decodeLesson(reader)
        let tags = reader.tags()
        let area = reader.area()
        let kind = type.flatMap { decodeKind($0, reader) }
        guard sink.errorCount == errorsBefore, let id, let prompt, let explanation, let lesson, let kind
        else {
            return nil
        }
        return Checked(
            id: id, kind: kind, prompt: prompt, explanation: explanation, lesson: lesson, tags: tags,
            line: sink.position(node.offset).line,
            idPosition: reader.member("id").map { sink.position($0.value.offset) }, area: area)
    }

    private func decodeType(_ reader: ObjectReader) -> QuestionType? {
        let names = Self.typeNames
        guard let member = reader.requireMember("type", "'type' (one of: \(names.joined(separator: ", ")))")
        else {
            return nil
        }
        guard let name = member.value.stringValue else {
            sink.report(
                .error, at: member.value.offset, "must be one of: \(names.joined(separator: ", "))",
                question: reader.question, field: "type")
            return nil
        }
        guard let type = QuestionType(rawValue: name) else {
            let near = EditDistance.suggestions(for: name, among: names).first
            let advice =
                near.map { "did you mean '\($0)'?" } ?? "use one of: \(names.joined(separator: ", "))"
            sink.report(
                .error, at: member.value.offset,
                "unknown question type \(QuotedInput.quote(name)); \(advice)",
                question: reader.question,
                field: "type")
            return nil
        }
        return type
    }

    private func decodeLesson(_ reader: ObjectReader) -> LessonLink? {
        // Left out, the question is unlinked: the deck reader warns once for the whole deck.
        guard reader.member("lesson") != nil else { return .unlinked }
        guard
            let text = reader.text(
                "lesson", "the lesson section that teaches this, e.g. \"referral-patterns#upper-trapezius\"")
        else { return nil }
        let offset = reader.member("lesson")?.value.offset ?? node.offset
        let link: LessonLink
        do {
            link = try LessonLink.parse(text)
        } catch {
            sink.report(.error, at: offset, error.description, question: reader.question, field: "lesson")
            return nil
        }
        if let lessons, let problem = lessons.problem(with: link) {
            sink.report(.error, at: offset, problem, question: reader.question, field: "lesson")
            return nil
        }
        return link
    }

    private func decodeKind(_ type: QuestionType, _ reader: ObjectReader) -> Question.Kind? {
        var kinds = KindDecoder(reader: reader, sink: sink)
        switch type {
        case .multipleChoice: return kinds.multipleChoice()
        case .trueFalse: return kinds.trueFalse()
        case .matching: return kinds.matching()
        case .ordering: return kinds.ordering()
        case .shortAnswer: return kinds.shortAnswer()
        case .flashcard: return kinds.flashcard()
        case .cloze: return kinds.cloze()
        case .region: return kinds.region()
        }
    }
}
