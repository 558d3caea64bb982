/// `palpate scheduler replay` on a 10 M-row file, whole process, for its memory: the file is
/// read a piece at a time and each review kept in 16 bytes until the whole file is checked, so
/// the peak must stay under 24 bytes a row (issue 15: 589 MB here, the file held whole).
struct ReplayMemoryScenario: Scenario {
    var rows = 10_000_000

    var name: String { "replay-10m" }
    var size: String { "\(Format.count(Double(rows)))-row CSV" }
    var target: Target { .memoryUnder(megabytes: Double(rows) * 24 / 1_048_576) }
    var work: Work { Work(count: Double(rows), unit: "rows/s") }
    var countsForPeakMemory: Bool { false }

    func repetitions(quick: Bool) -> Int { quick ? 1 : 3 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        .palpate(arguments: ["scheduler", "replay", try inputs.replayCSV(rows: rows).path], environment: [:])
    }
}
