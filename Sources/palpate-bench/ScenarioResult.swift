import TextFormats

/// A scenario's figures: the statistics of its samples against its target.
struct ScenarioResult {
    var name: String
    var size: String
    /// Milliseconds per sample; empty for the peak-memory row.
    var samples: [Double]
    var work: Work
    var peakMemoryMB: Double
    var target: Target
    /// The reference program's median, for a `.timesFaster` target (`nil`: not measured).
    var referenceMedian: Double?

    var median: Double? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// Units of work per second at the median.
    var throughput: Double? { median.map { work.count / ($0 / 1_000) } }

    /// How many times faster than the reference program, at the medians.
    var ratio: Double? {
        guard let referenceMedian, let median, median > 0 else { return nil }
        return referenceMedian / median
    }

    /// `nil` when the target could not be measured (no reference program here).
    var met: Bool? {
        switch target {
        case .under(let milliseconds): (median ?? .infinity) < milliseconds
        case .over(let perSecond, _): (throughput ?? 0) > perSecond
        case .memoryUnder(let megabytes): peakMemoryMB < megabytes
        case .timesFaster(_, let factor): ratio.map { $0 >= factor }
        }
    }

    var json: JSONValue {
        .object([
            ("name", .string(name)), ("size", .string(size)), ("medianMs", .optional(median)),
            ("minMs", .optional(samples.min())), ("maxMs", .optional(samples.max())),
            ("samples", .int(samples.count)),
            ("throughput", .optional(throughput)), ("unit", .string(work.unit)),
            ("peakMemoryMB", .double((peakMemoryMB * 10).rounded() / 10)),
            ("target", .string(target.description)), ("met", met.map { .bool($0) } ?? .null),
            ("referenceMedianMs", .optional(referenceMedian)), ("ratio", .optional(ratio)),
        ])
    }

    /// The table's columns, in order.
    static let headers = [
        "scenario", "size", "median", "min–max", "throughput", "peak memory", "target", "met",
    ]

    var row: [String] {
        [
            name, size, median.map(Format.duration) ?? "",
            samples.isEmpty ? "" : Format.range(samples.min()!, samples.max()!),
            throughput.map { "\(Format.count($0)) \(work.unit)" } ?? "",
            "\(Format.number(peakMemoryMB)) MB",
            target.description + (ratio.map { " (\(Format.number($0))×)" } ?? ""),
            met.map { $0 ? "yes" : "NO" } ?? "n/a",
        ]
    }

    /// A plain-text table with aligned columns (a Markdown table, so it pastes into the README).
    static func table(_ results: [ScenarioResult]) -> String {
        let rows = [headers] + results.map(\.row)
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| "
                + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(headers), rule] + results.map { line($0.row) }).joined(separator: "\n")
    }
}
