/// `palpate check DECK` on one generated deck, whole process: the instructor's linter, links
/// checked against the bundled lessons beside it.
struct CheckDeckScenario: Scenario {
    var questions: Int
    var limitMilliseconds: Double

    var name: String { "check-\(questions / 1_000)k" }
    var size: String { "\(Format.count(Double(questions))) questions" }
    var target: Target { .under(milliseconds: limitMilliseconds) }
    var work: Work { Work(count: Double(questions), unit: "questions/s") }

    func repetitions(quick: Bool) -> Int { questions > 10_000 ? (quick ? 2 : 5) : (quick ? 3 : 10) }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let content = try inputs.content(questions: questions, decks: 1)
        let deck = content.appendingPathComponent("Quizzes/\(Inputs.deckID(0)).json")
        return .palpate(arguments: ["check", deck.path], environment: [:])
    }
}
