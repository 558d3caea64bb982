import TextFormats

/// Reads and checks a blueprint file (`Quizzes/blueprint.json`), the way `DeckDecoder` checks a
/// deck: every problem with its line, column and field, and what would be valid.
public enum BlueprintDecoder {
    /// The file name a course's blueprint has in its `Quizzes` folder.
    public static let fileName = "blueprint.json"
    static let keys = ["$schema", "format", "name", "questions", "areas"]
    static let areaKeys = ["id", "title", "weight"]

    /// - Returns: the blueprint when it has no errors, and everything found wrong.
    public static func decode(_ bytes: [UInt8], file: String) -> (
        blueprint: Blueprint?, diagnostics: [Diagnostic]
    ) {
        let text = SourceText(bytes: bytes)
        let sink = DiagnosticSink(file: file, position: text.position(ofByteOffset:))
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            sink.report(.error, at: error.offset, error.message)
            return (nil, sink.diagnostics)
        }
        guard
            let reader = ObjectReader(
                root, sink: sink, question: nil, path: "", vocabulary: keys, what: "a blueprint")
        else { return (nil, sink.diagnostics) }
        reader.rejectUnknownKeys(allowed: keys, context: "a blueprint")
        if let format = reader.requireMember("format", "'format' (write \"format\": 1)"),
            format.value.integerValue != 1
        {
            sink.report(
                .error, at: format.value.offset, "must be 1, not \(describe(format.value))", field: "format")
        }
        let name = reader.text("name", "the exam's name, e.g. \"MBLEx\"")
        let questionCount = reader.optionalInteger("questions", minimum: 1) ?? 100
        var areas: [Blueprint.Area] = []
        for (index, item) in (reader.array("areas", "content areas", minimum: 1, owner: "a blueprint") ?? [])
            .enumerated()
        {
            if let area = decodeArea(item, index: index, sink: sink) {
                if areas.contains(where: { $0.id == area.id }) {
                    sink.report(
                        .error, at: item.offset,
                        "the area id \(QuotedInput.quote(area.id)) is listed twice; ids must be unique",
                        field: "areas[\(index)].id")
                } else {
                    areas.append(area)
                }
            }
        }
        guard !sink.hasErrors, let name else { return (nil, sink.diagnostics) }
        return (
            Blueprint(name: name, areas: areas, questionCount: questionCount, file: file), sink.diagnostics
        )
    }

    private static func decodeArea(_ node: JSONNode, index: Int, sink: DiagnosticSink) -> Blueprint.Area? {
        let path = "areas[\(index)]"
        guard
            let reader = ObjectReader(
                node, sink: sink, question: nil, path: path, vocabulary: areaKeys, what: "an area")
        else { return nil }
        reader.rejectUnknownKeys(allowed: areaKeys, context: "an area")
        let id = reader.text("id", "the area's id, which decks name in their \"area\"")
        if let id, !Slug.isValid(id), let member = reader.member("id") {
            sink.report(
                .error, at: member.value.offset,
                "\(QuotedInput.quote(id)) is not a valid id; use \(Slug.rule)",
                field: "\(path).id")
            return nil
        }
        let title = reader.text("title", "the area's name as the exam states it")
        guard let member = reader.requireMember("weight", "'weight' (its share of the exam, e.g. 14 for 14%)")
        else { return nil }
        guard case .number(let weight, _) = member.value.value, weight > 0, weight.isFinite else {
            sink.report(
                .error, at: member.value.offset,
                "must be a number above 0 (its share of the exam, e.g. 14 for 14%), not \(describe(member.value))",
                field: "\(path).weight")
            return nil
        }
        guard let id, let title else { return nil }
        return Blueprint.Area(id: id, title: title, weight: weight)
    }
}
