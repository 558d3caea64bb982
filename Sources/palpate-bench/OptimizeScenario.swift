import Foundation
import Scheduling

/// `ParameterOptimizer` in process, from the CSV's bytes to the fitted weights and both sets of
/// figures: on the shared real history (12,580 reviews; fsrs-rs-python's `compute_parameters`
/// takes about 37 ms for the same items on the machine the README names), or on a generated one.
struct OptimizeScenario: InProcessScenario {
    enum History {
        /// The shared history, rebuilt from the scheduler fixtures' `real_history.csv`.
        case real
        case generated(rows: Int)
    }

    var history: History
    var limitMilliseconds: Double

    var name: String {
        switch history {
        case .real: "optimize"
        case .generated(let rows): "optimize-\(rows / 1_000)k"
        }
    }

    var size: String {
        switch history {
        case .real: "12,580 real reviews"
        case .generated(let rows): "\(Format.count(Double(rows))) reviews"
        }
    }

    var target: Target { .under(milliseconds: limitMilliseconds) }

    var work: Work {
        switch history {
        case .real: Work(count: 12_580, unit: "reviews/s")
        case .generated(let rows): Work(count: Double(rows), unit: "reviews/s")
        }
    }

    func repetitions(quick: Bool) -> Int { quick ? 3 : 10 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        switch history {
        case .real:
            let file = try inputs.once("optimize-real.csv") { url in
                let source = inputs.packageRoot.appendingPathComponent(
                    "Tests/SchedulingTests/Fixtures/real_history.csv")
                var csv = "card_id,review_time,rating\n"
                for line in try String(contentsOf: source, encoding: .utf8).split(separator: "\n").dropFirst()
                {
                    let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                    guard fields.count > 2, let micros = Int64(fields[1]) else {
                        throw BenchError("\(source.path) has an unexpected line; regenerate the fixtures")
                    }
                    csv += "\(fields[0]),\(Instant(microsecondsSince1970: micros)),\(fields[2])\n"
                }
                try Data(csv.utf8).write(to: url)
            }
            return .inProcess(arguments: [file.path])
        case .generated(let rows):
            return .inProcess(arguments: [try inputs.replayCSV(rows: rows).path])
        }
    }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        guard let path = arguments.first, let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("optimize: cannot read the history file")
        }
        let bytes = Array(data)
        var last: OptimizationResult?
        var failure: (any Error)?
        let samples = Stopwatch.samples(repetitions) {
            do {
                last = try ParameterOptimizer.optimize(csv: bytes, fileName: path)
            } catch {
                failure = error
            }
        }
        if let failure { throw BenchError("optimize: \(failure)") }
        if let last, let fitted = last.fitted, let defaults = last.defaults {
            Log.note(
                "\(name): \(last.items) items, log loss \(defaults.logLoss) → \(fitted.logLoss), "
                    + "RMSE(bins) \(defaults.rmseBins) → \(fitted.rmseBins)")
        }
        if let python = ProcessInfo.processInfo.environment["PALPATE_BENCH_FSRS_PYTHON"] {
            compareWithFSRSRS(python: python, history: path, samples: samples)
        }
        return samples
    }

    /// Times fsrs-rs-python's `compute_parameters` on the same items (`time_fsrs_rs.py`, with the
    /// Python named by `PALPATE_BENCH_FSRS_PYTHON`) and notes the ratio of the medians.
    private func compareWithFSRSRS(python: String, history: String, samples: [Double]) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tests/SchedulingTests/Fixtures/time_fsrs_rs.py").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, history, "10"]
        process.currentDirectoryURL = script.deletingLastPathComponent()
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            // "… compute_parameters median 25.7 ms, …"
            guard let range = output.range(of: "median "),
                let theirs = Double(output[range.upperBound...].prefix { $0 != " " })
            else {
                Log.note("\(name): fsrs-rs-python gave no timing: \(output)")
                return
            }
            let ours = samples.sorted()[samples.count / 2]
            Log.note(
                "\(name): fsrs-rs-python \(output.trimmingCharacters(in: .whitespacesAndNewlines)); "
                    + "palpate/fsrs-rs median ratio \(Format.number(ours / theirs))")
        } catch {
            Log.note("\(name): cannot run \(python): \(error)")
        }
    }
}
