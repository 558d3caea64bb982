/// `palpate scheduler replay FILE`, whole process, output to /dev/null.
///
/// At 100,000 rows it is timed against py-fsrs doing the same replay as a whole process
/// (`replay_py_fsrs.py`, whose output is the same byte for byte), in the same run: issue 16 asks
/// for at least 100 times faster.
struct ReplayScenario: Scenario {
    var rows = 1_000_000
    /// Whether the target is the ratio against py-fsrs rather than a time.
    var comparedWithPyFSRS = false

    var name: String { rows == 1_000_000 ? "replay" : "replay-\(rows / 1_000)k" }
    var size: String { "\(Format.count(Double(rows)))-row CSV" }
    var target: Target {
        comparedWithPyFSRS ? .timesFaster(than: "py-fsrs", factor: 100) : .under(milliseconds: 1_500)
    }
    var work: Work { Work(count: Double(rows), unit: "rows/s") }
    var countsForPeakMemory: Bool { false }

    func repetitions(quick: Bool) -> Int { comparedWithPyFSRS ? (quick ? 4 : 10) : (quick ? 2 : 5) }

    func prepare(_ inputs: Inputs) throws -> Runner {
        .palpate(arguments: ["scheduler", "replay", try inputs.replayCSV(rows: rows).path], environment: [:])
    }

    func reference(_ inputs: Inputs) throws -> Result<ReferenceProgram, BenchError>? {
        comparedWithPyFSRS ? ReferenceProgram.pyFSRSReplay(history: try inputs.replayCSV(rows: rows)) : nil
    }
}
