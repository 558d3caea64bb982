import Foundation
import TextFormats

/// The child side of an in-process scenario:
/// `palpate-bench --measure NAME --repetitions N --result FILE ARGS…` takes the samples and
/// writes them to FILE as a JSON array of milliseconds.
enum MeasureChild {
    static func run(_ arguments: [String]) -> Int32 {
        do {
            guard arguments.count >= 5, arguments[1] == "--repetitions", arguments[3] == "--result",
                let repetitions = Int(arguments[2])
            else {
                throw BenchError("usage: palpate-bench --measure NAME --repetitions N --result FILE ARGS…")
            }
            guard let scenario = Scenarios.named(arguments[0]) as? any InProcessScenario else {
                throw BenchError("'\(arguments[0])' is not an in-process scenario")
            }
            let samples = try scenario.measure(
                arguments: Array(arguments.dropFirst(5)), repetitions: repetitions)
            let text = JSONValue.object([
                ("samples", .array(samples.map { .double($0) })), ("peakKB", .int(PeakMemory.kilobytes())),
            ]).serialized()
            try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[4]))
            return 0
        } catch {
            Log.note("\(error)")
            return 1
        }
    }

    /// The samples and the child's peak memory (kilobytes) from its result file.
    static func readResult(_ path: String) throws -> (samples: [Double], peakKB: Int) {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let members = try JSONParser.parse(Array(bytes)).objectValue ?? []
        let samples = members.first { $0.key == "samples" }?.value.arrayValue?.compactMap { node -> Double? in
            if case .number(let value, _) = node.value { return value }
            return nil
        }
        guard let samples, !samples.isEmpty else { throw BenchError("no samples in \(path)") }
        return (samples, members.first { $0.key == "peakKB" }?.value.integerValue ?? 0)
    }
}
