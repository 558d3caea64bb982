import TextFormats

/// A calendar heatmap in text: one row per weekday, one column per week, darker for more reviews.
///
/// On a terminal the cells are shaded blocks in green; in a pipe they are ASCII (`.` none, then
/// `-`, `+`, `*`, `#` by quartile of the busiest day), so the chart survives any font or log file.
struct Heatmap {
    /// Days oldest first, with `weekday` 1 = Monday … 7 = Sunday.
    var days: [(weekday: Int, reviews: Int)]

    /// From no reviews to the busiest quartile: shaded blocks on a terminal, ASCII otherwise.
    private static func symbols(_ style: TerminalStyle) -> [String] {
        style.enabled ? ["·", "░", "▒", "▓", "█"] : [".", "-", "+", "*", "#"]
    }

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    func lines(style: TerminalStyle) -> [String] {
        guard let first = days.first else { return [] }
        let largest = days.map(\.reviews).max() ?? 0
        // Pad the first week so each column starts on a Monday.
        let cells: [Int?] = Array(repeating: nil, count: first.weekday - 1) + days.map { $0.reviews }
        let weeks = (cells.count + 6) / 7
        return (0..<7).map { weekday in
            var line = Self.weekdayNames[weekday] + " "
            for week in 0..<weeks {
                let index = week * 7 + weekday
                let value = index < cells.count ? cells[index] : nil
                line += value.map { cell($0, largest: largest, style: style) } ?? " "
            }
            return line.trimmingWhitespace()
        }
    }

    private func cell(_ reviews: Int, largest: Int, style: TerminalStyle) -> String {
        let level = reviews == 0 || largest == 0 ? 0 : min(4, 1 + (reviews * 4 - 1) / largest)
        let symbols = Self.symbols(style)
        return level == 0 ? style.dim(symbols[0]) : style.green(symbols[level])
    }

    /// The legend line, e.g. `less . - + * # more (busiest day: 42)`.
    func legend(style: TerminalStyle) -> String {
        let symbols = Self.symbols(style)
        let largest = days.map(\.reviews).max() ?? 0
        return "less \(symbols.joined(separator: " ")) more (busiest day: \(largest))"
    }
}
