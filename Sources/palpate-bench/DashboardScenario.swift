import Foundation

/// `palpate` with no arguments (the dashboard's first screen), whole process, on a store of a
/// year of daily study, decks unchanged since the last start (read from the deck cache).
struct DashboardScenario: Scenario {
    var cards = 5_000
    var reviews = 100_000

    var name: String { "dashboard" }
    var size: String { "\(Format.count(Double(cards))) cards, \(Format.count(Double(reviews))) reviews" }
    var target: Target { .under(milliseconds: 50) }
    var work: Work { Work(count: 1, unit: "starts/s") }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let study = try inputs.study(cards: cards, reviews: reviews)
        return .palpate(
            arguments: ["--content", study.content.path, "--data-dir", study.data.path],
            environment: Scenarios.palpateEnvironment)
    }
}
