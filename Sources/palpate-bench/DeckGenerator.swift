import Foundation
import TextFormats

/// Writes decks of any size from the bundled questions, so a generated deck reads like a real
/// one: every question type, real prompts, feedback, explanations and lesson links.
///
/// The bundled questions are used in turn; each copy gets a new id, unique across every deck
/// written (`q1`, `q2`, …), so a card's id is `DECK/qN`.
struct DeckGenerator {
    private let templates: [[(String, JSONValue)]]
    /// Every bundled deck's misconceptions (the first of each id), so the questions' distractors
    /// that name one still name a listed one in a generated deck.
    private let misconceptions: [JSONValue]

    /// Reads the bundled decks in `quizzes` (the schema file is skipped).
    init(quizzes: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: quizzes.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
        var templates: [[(String, JSONValue)]] = []
        var misconceptions: [JSONValue] = []
        var misconceptionIDs: Set<String> = []
        for name in names {
            let bytes = try Data(contentsOf: quizzes.appendingPathComponent(name))
            let deck = try JSONParser.parse(Array(bytes))
            for item in deck.objectValue?.first(where: { $0.key == "misconceptions" })?.value.arrayValue ?? []
            {
                let id = item.objectValue?.first { $0.key == "id" }?.value.stringValue ?? ""
                if misconceptionIDs.insert(id).inserted { misconceptions.append(Self.value(item)) }
            }
            let questions = deck.objectValue?.first { $0.key == "questions" }?.value.arrayValue ?? []
            for question in questions {
                guard case .object(let members) = Self.value(question) else { continue }
                templates.append(members.filter { $0.0 != "id" })
            }
        }
        guard !templates.isEmpty else { throw BenchError("no questions found in \(quizzes.path)") }
        self.templates = templates
        self.misconceptions = misconceptions
    }

    static func questionID(_ number: Int) -> String { "q\(number)" }

    /// A deck file's text (pretty-printed, as authors keep them) holding questions `numbers`.
    func deck(id: String, order: Int, numbers: Range<Int>) -> String {
        let questions = numbers.map { number in
            JSONValue.object(
                [("id", .string(Self.questionID(number)))] + templates[number % templates.count])
        }
        var members: [(String, JSONValue)] = [
            ("format", .int(1)), ("id", .string(id)), ("title", .string("Benchmark deck \(id)")),
            ("version", .int(1)), ("order", .int(order)),
        ]
        if !misconceptions.isEmpty { members.append(("misconceptions", .array(misconceptions))) }
        members.append(("questions", .array(questions)))
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    private static func value(_ node: JSONNode) -> JSONValue {
        switch node.value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number, _): node.integerValue.map { .int($0) } ?? .double(number)
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(value))
        case .object(let members): .object(members.map { ($0.key, value($0.value)) })
        }
    }
}
