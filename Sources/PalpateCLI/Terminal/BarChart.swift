import TextFormats

/// Horizontal bars, one line per label, scaled to the largest value — readable in a pipe too,
/// since every line also carries the number.
struct BarChart {
    var rows: [(label: String, value: Int)]
    /// Columns the longest bar may take.
    var barWidth: Int

    func lines(style: TerminalStyle) -> [String] {
        let largest = rows.map(\.value).max() ?? 0
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let numberWidth = String(largest).count
        return rows.map { row in
            let length =
                largest == 0 ? 0 : Int((Double(row.value) / Double(largest) * Double(barWidth)).rounded(.up))
            let label = row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let number =
                String(repeating: " ", count: numberWidth - String(row.value).count) + String(row.value)
            let bar = String(repeating: style.enabled ? "█" : "#", count: length)
            return "\(label)  \(number) \(style.cyan(bar))".trimmingWhitespace()
        }
    }
}
