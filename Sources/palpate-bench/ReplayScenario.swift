/// `palpate scheduler replay FILE`, whole process, output to /dev/null.
struct ReplayScenario: Scenario {
    var rows = 1_000_000

    var name: String { "replay" }
    var size: String { "\(Format.count(Double(rows)))-row CSV" }
    var target: Target { .under(milliseconds: 1_500) }
    var work: Work { Work(count: Double(rows), unit: "rows/s") }
    var countsForPeakMemory: Bool { false }

    func repetitions(quick: Bool) -> Int { quick ? 2 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        .palpate(arguments: ["scheduler", "replay", try inputs.replayCSV(rows: rows).path], environment: [:])
    }
}
