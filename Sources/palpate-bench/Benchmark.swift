import Foundation
import TextFormats

/// The benchmark driver: generates inputs, runs each scenario in child processes, prints results.
enum Benchmark {
    static func run(_ arguments: [String], packageRoot: URL) -> Int32 {
        let options: BenchOptions
        do {
            options = try BenchOptions(parsing: arguments)
        } catch {
            Log.note("\(error)")
            return 64
        }
        if options.help {
            print(BenchOptions.usage)
            return 0
        }
        let inputs: Inputs
        do {
            inputs = try Inputs(packageRoot: packageRoot)
        } catch {
            Log.note("cannot make a temporary folder: \(error)")
            return 1
        }
        defer {
            if options.keep {
                Log.note("inputs kept in \(inputs.root.path)")
            } else {
                inputs.remove()
            }
        }

        (SoakScenario.students, SoakScenario.days) = (options.soakStudents, options.soakDays)
        let scenarios = Scenarios.all.filter {
            options.only.isEmpty ? !($0 is any OnRequestScenario) : options.only.contains($0.name)
        }
        var results: [ScenarioResult] = []
        var failed = false
        for scenario in scenarios {
            do {
                let runner = try scenario.prepare(inputs)
                Log.note("running \(scenario.name)…")
                let result = try measure(scenario, runner: runner, quick: options.quick, inputs: inputs)
                results.append(result)
                if options.json { print(result.json.serialized()) }
            } catch {
                Log.note("\(scenario.name) failed: \(error)")
                failed = true
            }
        }
        // By name, not by position: a scenario that failed has no result.
        let exempt = Set(scenarios.filter { !$0.countsForPeakMemory }.map(\.name))
        let counted = results.filter { !exempt.contains($0.name) }
        if let peak = counted.max(by: { $0.peakMemoryMB < $1.peakMemoryMB }) {
            let memory = ScenarioResult(
                name: "peak-memory", size: "max over the above but replay (\(peak.name))", samples: [],
                work: Work(count: 0, unit: ""), peakMemoryMB: peak.peakMemoryMB,
                target: .memoryUnder(megabytes: 100))
            results.append(memory)
            if options.json { print(memory.json.serialized()) }
        }
        if !options.json { print(ScenarioResult.table(results)) }
        return failed ? 1 : 0
    }

    private static func measure(_ scenario: any Scenario, runner: Runner, quick: Bool, inputs: Inputs)
        throws -> ScenarioResult
    {
        let repetitions = scenario.repetitions(quick: quick)
        let errors = inputs.root.appendingPathComponent("\(scenario.name).stderr").path
        let reference: ReferenceProgram?
        switch try scenario.reference(inputs) {
        case .success(let program): reference = program
        case .failure(let reason):
            Log.note("\(scenario.name): not compared with its reference program: \(reason)")
            reference = nil
        case nil: reference = nil
        }
        let referenceRuns = reference == nil ? 0 : scenario.referenceRepetitions(quick: quick)
        var referenceTimes: [Double] = []
        let timeReference = { (program: ReferenceProgram) throws in
            if referenceTimes.isEmpty {
                Log.note("running \(program.name) for \(scenario.name), \(referenceRuns) times…")
            }
            let run = try ChildProcess.run(
                program.arguments, executable: program.executable, standardError: errors)
            guard run.exitStatus == 0 else {
                throw BenchError("\(program.name) exited \(run.exitStatus): \(tail(errors))")
            }
            referenceTimes.append(run.milliseconds)
        }
        var samples: [Double] = []
        var peakKB = 0
        switch runner {
        case .palpate(let arguments, let environment):
            let peakFile = inputs.root.appendingPathComponent("\(scenario.name).peak").path
            var environment = environment
            environment[PeakMemory.fileVariable] = peakFile
            // With a reference program, palpate's samples come in rounds between its runs, so
            // that both spread over the same minutes: on a shared machine whose speed drifts,
            // palpate's samples taken together in a quarter of a second measured one moment of
            // it against the reference program's whole run. Each round starts with a run that
            // is not timed: on this project's two-core VM the first two-thread run after a
            // single-threaded program (or after a pause, even of 3 s) took 27–73 ms where the
            // next took 18–20, the other core being slow to wake.
            let rounds = referenceRuns + 1
            let warmUp = referenceRuns > 0 ? 1 : 0
            for round in 0..<rounds {
                let samplesThisRound = repetitions * (round + 1) / rounds - repetitions * round / rounds
                for sample in 0..<(warmUp + samplesThisRound) {
                    let run = try ChildProcess.run(
                        ["--run-palpate"] + arguments, environment: environment, standardError: errors)
                    guard run.exitStatus == scenario.expectedExitStatus else {
                        throw BenchError(
                            "palpate \(arguments.joined(separator: " ")) exited \(run.exitStatus): \(tail(errors))"
                        )
                    }
                    if sample >= warmUp { samples.append(run.milliseconds) }
                    peakKB = max(peakKB, try PeakMemory.read(peakFile))
                }
                if round < rounds - 1, let reference { try timeReference(reference) }
            }
        case .inProcess(let arguments):
            let resultFile = inputs.root.appendingPathComponent("\(scenario.name).samples").path
            let run = try ChildProcess.run(
                ["--measure", scenario.name, "--repetitions", String(repetitions), "--result", resultFile]
                    + arguments, standardError: errors)
            let notes = tail(errors)
            guard run.exitStatus == 0 else {
                throw BenchError("the measuring child exited \(run.exitStatus): \(notes)")
            }
            if !notes.isEmpty { FileHandle.standardError.write(Data(notes.utf8)) }
            (samples, peakKB) = try MeasureChild.readResult(resultFile)
            if let reference {
                for _ in 0..<referenceRuns { try timeReference(reference) }
            }
        }
        var result = ScenarioResult(
            name: scenario.name, size: scenario.size, samples: samples, work: scenario.work,
            peakMemoryMB: Double(peakKB) / 1_024, target: scenario.target)
        if let reference, !referenceTimes.isEmpty {
            result.referenceMedian = referenceTimes.sorted()[referenceTimes.count / 2]
            let ours = result.median.map(Format.duration) ?? "?"
            Log.note(
                "\(scenario.name): \(reference.name) median \(Format.duration(result.referenceMedian ?? 0)) "
                    + "against palpate's \(ours): \(Format.number(result.ratio ?? 0))× faster")
        }
        return result
    }

    /// The last lines a child wrote to standard error, for failure messages and notes.
    private static func tail(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(
            separator: "\n")
    }
}
