/// Columns padded to line up, with a header; two spaces between columns so the output also
/// splits cleanly in scripts.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    var rightAligned: Set<Int> = []

    func lines(style: TerminalStyle) -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                if rightAligned.contains(index) { return Self.rightAligned(cell, width: widths[index]) }
                if index == cells.count - 1 { return cell }
                return cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        return [style.bold(format(header))] + rows.map(format)
    }

    /// `cell` with spaces before it to fill `width` characters: a number lined up under others.
    static func rightAligned(_ cell: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - cell.count)) + cell
    }
}
