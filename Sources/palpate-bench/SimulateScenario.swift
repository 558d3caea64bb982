/// `palpate simulate --sweep`, whole process: 28 desired retentions, 8 simulated years each, of
/// the year-of-study store (the dashboard's): the slowest thing `simulate` does.
struct SimulateScenario: Scenario {
    var cards = 5_000
    var reviews = 100_000

    var name: String { "simulate-sweep" }
    var size: String { "\(Format.count(Double(cards))) cards, 28 retentions × 8 runs × 365 days" }
    var target: Target { .under(milliseconds: 5_000) }
    var work: Work { Work(count: 28 * 8, unit: "years/s") }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let study = try inputs.study(cards: cards, reviews: reviews)
        return .palpate(
            arguments: [
                "--content", study.content.path, "--data-dir", study.data.path, "simulate", "--sweep",
            ],
            environment: Scenarios.palpateEnvironment)
    }
}
