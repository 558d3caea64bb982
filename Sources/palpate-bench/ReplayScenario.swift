/// `palpate scheduler replay FILE`, whole process, output to /dev/null.
///
/// At 100,000 rows it is timed against py-fsrs doing the same replay as a whole process
/// (`replay_py_fsrs.py`, whose output is the same byte for byte), in turn in the same run (a
/// round of palpate's samples between py-fsrs's runs): issue 16 asks for at least 100 times
/// faster.
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

    /// Against py-fsrs, many short samples: a run of 20 ms is at the mercy of a moment's hiccup
    /// of a shared machine (one quiet stretch gave 18 to 29 ms from run to run), and they cost
    /// less than one run of py-fsrs.
    func repetitions(quick: Bool) -> Int { comparedWithPyFSRS ? (quick ? 12 : 40) : (quick ? 2 : 5) }
    func referenceRepetitions(quick: Bool) -> Int { quick ? 2 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        .palpate(arguments: ["scheduler", "replay", try inputs.replayCSV(rows: rows).path], environment: [:])
    }

    func reference(_ inputs: Inputs) throws -> Result<ReferenceProgram, BenchError>? {
        comparedWithPyFSRS ? ReferenceProgram.pyFSRSReplay(history: try inputs.replayCSV(rows: rows)) : nil
    }
}
