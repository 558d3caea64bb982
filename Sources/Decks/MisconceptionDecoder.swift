import TextFormats

/// A distractor's `misconception`, noted while its question is read and checked against the deck's
/// list once the whole deck has been read (the list may come after the questions).
struct MisconceptionUse {
    let id: String
    let question: String
    let field: String
    let position: SourcePosition
}

/// Reads a deck's `misconceptions` list and checks the distractors' references to it: an unknown
/// id is an error (with the nearest listed one), a listed one no distractor names a warning.
enum MisconceptionDecoder {
    static let keys = ["id", "text"]

    static func decode(_ deck: ObjectReader, uses: [MisconceptionUse], sink: DiagnosticSink)
        -> [Misconception]
    {
        var listed: [Misconception] = []
        var positions: [String: SourcePosition] = [:]
        if deck.has("misconceptions"),
            let items = deck.array("misconceptions", "misconceptions", minimum: 1, owner: "a deck")
        {
            for (index, item) in items.enumerated() {
                let path = "misconceptions[\(index)]"
                guard
                    let object = ObjectReader(
                        item, sink: sink, question: nil, path: path, vocabulary: keys,
                        what: "a misconception { \"id\": …, \"text\": … }")
                else { continue }
                object.rejectUnknownKeys(allowed: keys, context: "a misconception")
                let id = object.text("id", "a short id such as \"lactic-acid-soreness\"")
                let text = object.text("text", "the belief, in one sentence")
                guard let id, let text, let member = object.member("id") else { continue }
                let position = sink.position(member.value.offset)
                if !Slug.isValid(id) {
                    sink.report(
                        .error, atPosition: position, "'\(id)' is not a valid id; use \(Slug.rule)",
                        field: "\(path).id")
                } else if let first = positions[id] {
                    sink.report(
                        .error, atPosition: position,
                        "the misconception id '\(id)' is already listed on line \(first.line); ids must be unique",
                        field: "\(path).id")
                } else {
                    positions[id] = position
                    listed.append(Misconception(id: id, text: text))
                }
            }
        }
        var used: Set<String> = []
        for use in uses {
            used.insert(use.id)
            guard positions[use.id] == nil else { continue }
            let near = EditDistance.suggestions(for: use.id, among: listed.map(\.id)).first
            let advice =
                near.map { "did you mean '\($0)'?" }
                ?? (listed.isEmpty
                    ? "add it to the deck's \"misconceptions\": [{\"id\": \"\(use.id)\", \"text\": …}]"
                    : "list it in the deck's \"misconceptions\", or use one of: "
                        + listed.map(\.id).joined(separator: ", "))
            sink.report(
                .error, atPosition: use.position, "unknown misconception '\(use.id)'; \(advice)",
                question: use.question, field: use.field)
        }
        for misconception in listed where !used.contains(misconception.id) {
            sink.report(
                .warning, atPosition: positions[misconception.id] ?? SourcePosition(line: 1, column: 1),
                "no distractor names the misconception '\(misconception.id)'; tag the choices that stand for it "
                    + "with \"misconception\": \"\(misconception.id)\", or remove it",
                field: "misconceptions")
        }
        return listed
    }
}
