import Foundation

/// `palpate check` on a deck whose bad values are each 8 MB: an unknown question type, an
/// unknown field name, a lesson link and an id, and a lesson with an 8 MB header key (issue 15,
/// finding 3: this took 9.8 s and printed 8 MB). Cost must stay linear with a small constant.
struct HugeValueCheckScenario: Scenario {
    static let valueBytes = 8_000_000

    var name: String { "check-huge-values" }
    var size: String { "5 values of 8 MB" }
    var target: Target { .under(milliseconds: 1_000) }
    var work: Work { Work(count: 40, unit: "MB/s") }
    var expectedExitStatus: Int32 { 1 }

    func repetitions(quick: Bool) -> Int { quick ? 2 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let content = try inputs.once("huge-values") { root in
            let huge = String(repeating: "x", count: Self.valueBytes)
            for folder in ["Quizzes", "Curriculum"] {
                try FileManager.default.createDirectory(
                    at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let lesson = "---\nid: basics\ntitle: B\ntopic: T\norder: 1\nminutes: 5\n\(huge): v\n---\nText\n"
            try Data(lesson.utf8).write(to: root.appendingPathComponent("Curriculum/01-basics.md"))
            func question(_ id: String, _ type: String, lesson: String = "basics", extra: String = "")
                -> String
            {
                #"{"id": "\#(id)", "type": "\#(type)", "prompt": "p", "back": "b", "explanation": "e", "#
                    + #""lesson": "\#(lesson)", "tags": ["t"]\#(extra)}"#
            }
            let questions = [
                question("q1", huge), question("q2", "flashcard", extra: #", "\#(huge)": 1"#),
                question("q3", "flashcard", lesson: huge), question(huge, "flashcard"),
            ]
            let deck =
                #"{"format": 1, "id": "d", "title": "T", "questions": ["# + questions.joined(separator: ",")
                + "]}"
            try Data(deck.utf8).write(to: root.appendingPathComponent("Quizzes/d.json"))
        }
        return .palpate(arguments: ["--content", content.path, "check"], environment: [:])
    }
}
