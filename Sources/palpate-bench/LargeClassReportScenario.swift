import Foundation

/// `palpate class-report` over one ~200 MB student report (a long history's review log), whole
/// process: the class view reads reports a window at a time and keeps each student's
/// summaries, so its memory must stay under 200 MB whatever the files' size (issue 15: a 215 MB
/// report took 1.27 GB).
struct LargeClassReportScenario: Scenario {
    /// How large the generated report is made.
    static let targetBytes = 200_000_000

    var name: String { "class-report-200mb" }
    var size: String { "1 report of 200 MB" }
    var target: Target { .memoryUnder(megabytes: 200) }
    var work: Work { Work(count: Double(Self.targetBytes) / 1_000_000, unit: "MB/s") }
    var countsForPeakMemory: Bool { false }

    func repetitions(quick: Bool) -> Int { quick ? 1 : 3 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let seed = try inputs.classReports(students: 1, reviewsEach: 2_000)[0]
        let large = try inputs.once("large-report.json") { url in
            try Self.enlarge(seed, to: url)
        }
        return .palpate(
            arguments: ["class-report", large.path, "--format", "html"],
            environment: Scenarios.palpateEnvironment)
    }

    /// Writes `seed` with its review log repeated until the file holds `targetBytes`: the same
    /// reviews again (the class view reads past the log, so their content does not matter).
    private static func enlarge(_ seed: URL, to url: URL) throws {
        let text = try String(contentsOf: seed, encoding: .utf8)
        let opening = "\n  \"reviews\": [\n"
        guard let start = text.range(of: opening),
            let end = text.range(of: "\n  ]", range: start.upperBound..<text.endIndex)
        else { throw BenchError("the generated report has no review log to repeat") }
        let entries = String(text[start.upperBound..<end.lowerBound])
        guard !entries.isEmpty else { throw BenchError("the generated report's review log is empty") }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw BenchError("cannot create \(url.path)")
        }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        try file.write(contentsOf: Data(text[..<start.upperBound].utf8))
        let block = Data(entries.utf8)
        let separator = Data(",\n".utf8)
        var written = 0
        repeat {
            if written > 0 { try file.write(contentsOf: separator) }
            try file.write(contentsOf: block)
            written += block.count
        } while written < targetBytes
        try file.write(contentsOf: Data(text[end.lowerBound...].utf8))
    }
}
