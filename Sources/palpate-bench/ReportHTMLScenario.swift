/// `palpate report --format html`, whole process, on the dashboard's store: a year of daily study.
///
/// The student's printable page: the review log streamed once, the card table, charts as SVG.
struct ReportHTMLScenario: Scenario {
    var cards = 5_000
    var reviews = 100_000

    var name: String { "report-html" }
    var size: String { "\(Format.count(Double(cards))) cards, \(Format.count(Double(reviews))) reviews" }
    var target: Target { .under(milliseconds: 500) }
    var work: Work { Work(count: Double(reviews), unit: "reviews/s") }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let study = try inputs.study(cards: cards, reviews: reviews)
        return .palpate(
            arguments: [
                "--content", study.content.path, "--data-dir", study.data.path, "report", "--format", "html",
            ],
            environment: Scenarios.palpateEnvironment)
    }
}
