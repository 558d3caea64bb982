import Foundation

/// One row of the benchmark: what is measured, on what size, against which target.
///
/// Adding a scenario is one file conforming to this protocol (or `InProcessScenario`) plus one
/// line in `Scenarios.all`.
protocol Scenario: Sendable {
    /// What `--only` matches, e.g. `check-10k`.
    var name: String { get }
    /// The size of its input, in words, e.g. `10,000 questions`.
    var size: String { get }
    var target: Target { get }
    /// Units of work in one sample (questions, reviews, answers…), for the throughput column.
    var work: Work { get }
    /// Samples to take: fewer with `--quick`.
    func repetitions(quick: Bool) -> Int
    /// Runs of the reference program, if there is one.
    func referenceRepetitions(quick: Bool) -> Int
    /// Whether the peak-memory target applies (replay and class-report are exempt).
    var countsForPeakMemory: Bool { get }
    /// Generates the inputs (untimed, in the benchmark process) and says how a sample is taken.
    func prepare(_ inputs: Inputs) throws -> Runner
    /// The exit status a whole-process sample must end with: 0, or 1 for a scenario timing how
    /// palpate refuses bad input.
    var expectedExitStatus: Int32 { get }
    /// Another program doing the same work (for a `.timesFaster` target), or why it cannot be
    /// run here: timed between rounds of palpate's samples, or after them for an in-process
    /// scenario.
    func reference(_ inputs: Inputs) throws -> Result<ReferenceProgram, BenchError>?
}

extension Scenario {
    var expectedExitStatus: Int32 { 0 }
    func repetitions(quick: Bool) -> Int { quick ? 3 : 10 }
    func referenceRepetitions(quick: Bool) -> Int { max(1, repetitions(quick: quick) / 2) }
    var countsForPeakMemory: Bool { true }
    func reference(_ inputs: Inputs) throws -> Result<ReferenceProgram, BenchError>? { nil }
}

/// A scenario timed inside one child process: the child takes every sample and reports them.
protocol InProcessScenario: Scenario {
    /// Runs in the child process. Each sample is one timed run, in milliseconds.
    func measure(arguments: [String], repetitions: Int) throws -> [Double]
}

/// How a scenario's samples are taken.
enum Runner {
    /// Each sample is one whole `palpate ARGS…` process, timed from spawn to exit.
    case palpate(arguments: [String], environment: [String: String])
    /// One child process `palpate-bench --measure NAME … ARGS…` takes every sample in process.
    case inProcess(arguments: [String])
}

/// The work in one sample, for throughput: `count` units named `unit` (e.g. 10,000 "questions").
struct Work {
    var count: Double
    var unit: String
}

/// What a scenario must achieve.
enum Target: CustomStringConvertible {
    /// The median sample must take less than this many milliseconds.
    case under(milliseconds: Double)
    /// The throughput at the median must exceed this many units per second.
    case over(perSecond: Double, unit: String)
    /// Peak resident memory must stay below this many megabytes.
    case memoryUnder(megabytes: Double)
    /// The median must be at least `factor` times shorter than the reference program's median,
    /// measured in the same run.
    case timesFaster(than: String, factor: Double)

    var description: String {
        switch self {
        case .under(let milliseconds):
            milliseconds >= 1_000
                ? "< \(Format.number(milliseconds / 1_000)) s" : "< \(Format.number(milliseconds)) ms"
        case .over(let perSecond, let unit): "> \(Format.count(perSecond)) \(unit)"
        case .memoryUnder(let megabytes): "< \(Format.number(megabytes)) MB"
        case .timesFaster(let reference, let factor): "≥ \(Format.number(factor))× \(reference)"
        }
    }
}

/// A benchmark failure, said as advice.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
