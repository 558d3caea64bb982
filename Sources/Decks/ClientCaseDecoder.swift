import TextFormats

/// Reads a deck's `cases` (client-case chains) and checks them: ids valid and unique, at least two
/// steps, each step a question of this deck, named once, in one case only.
enum ClientCaseDecoder {
    static let keys = ["id", "title", "scenario", "steps"]

    /// - Parameter questions: the deck's questions as read (a step naming a question with its own
    ///   error is not reported twice).
    static func decode(_ deck: ObjectReader, questions: QuestionCollector, sink: DiagnosticSink)
        -> [ClientCase]
    {
        guard deck.has("cases"), let items = deck.array("cases", "cases", minimum: 1, owner: "a deck") else {
            return []
        }
        var cases: [ClientCase] = []
        var caseLines: [String: Int] = [:]
        var stepHomes: [String: String] = [:]
        for (index, item) in items.enumerated() {
            let path = "cases[\(index)]"
            guard
                let object = ObjectReader(
                    item, sink: sink, question: nil, path: path, vocabulary: keys,
                    what: "a case { \"id\", \"title\", \"scenario\", \"steps\" }")
            else { continue }
            object.rejectUnknownKeys(allowed: keys, context: "a case")
            let id = object.text("id", "a short id such as \"desk-worker-headache\"")
            let title = object.text("title", "the case's title")
            let scenario = object.text("scenario", "the client's story, shown before the first step")
            let stepNodes = object.array("steps", "question ids, in the order they are asked", minimum: 2)
            var valid = id != nil && title != nil && scenario != nil && stepNodes != nil
            if let id, let member = object.member("id") {
                let line = sink.position(member.value.offset).line
                if !Slug.isValid(id) {
                    sink.report(
                        .error, at: member.value.offset, "'\(id)' is not a valid id; use \(Slug.rule)",
                        field: "\(path).id")
                    valid = false
                } else if let first = caseLines[id] {
                    sink.report(
                        .error, at: member.value.offset,
                        "the case id '\(id)' is already used by the case on line \(first); ids must be unique",
                        field: "\(path).id")
                    valid = false
                } else {
                    caseLines[id] = line
                }
            }
            var steps: [String] = []
            for (stepIndex, node) in (stepNodes ?? []).enumerated() {
                let field = "\(path).steps[\(stepIndex)]"
                guard let step = ObjectReader.text(node, sink: sink, question: nil, field: field) else {
                    valid = false
                    continue
                }
                var problem: String?
                if !questions.hasQuestion(step) {
                    let near = EditDistance.suggestions(for: step, among: questions.questionIDs.sorted())
                        .first
                    problem =
                        "no question of this deck has the id '\(step)'"
                        + (near.map { "; did you mean '\($0)'?" }
                            ?? "; a case's steps are ids of its deck's questions")
                } else if steps.contains(step) {
                    problem = "'\(step)' is already a step of this case; each step is asked once"
                } else if let home = stepHomes[step] {
                    problem =
                        "'\(step)' is already a step of the case '\(home)'; a question belongs to one case"
                }
                if let problem {
                    sink.report(.error, at: node.offset, problem, field: field)
                    valid = false
                } else {
                    steps.append(step)
                }
            }
            guard valid, let id, let title, let scenario else { continue }
            for step in steps { stepHomes[step] = id }
            cases.append(ClientCase(id: id, title: title, scenario: scenario, steps: steps))
        }
        return cases
    }
}
