/// Columns padded to line up, with a header; two spaces between columns so the output also
/// splits cleanly in scripts.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    var rightAligned: Set<Int> = []

    func lines(style: TerminalStyle) -> [String] {
        let widths = columnWidths
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                if rightAligned.contains(index) { return Self.rightAligned(cell, width: widths[index]) }
                if index == cells.count - 1 { return cell }
                return cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        return [style.bold(format(header))] + rows.map(format)
    }

    /// The lines fitted to a terminal `width`: columns that do not fit beside the others continue
    /// below as a table of their own, so no row runs past the edge. `nil` (piped output) keeps
    /// each row on one line for scripts.
    func lines(style: TerminalStyle, fitting width: Int?) -> [String] {
        guard let width, totalWidth > width else { return lines(style: style) }
        var bands: [[Int]] = [[]]
        var used = 0
        for (index, columnWidth) in columnWidths.enumerated() {
            if let band = bands.last, !band.isEmpty, used + 2 + columnWidth > width {
                bands.append([])
                used = 0
            }
            used += (bands[bands.count - 1].isEmpty ? 0 : 2) + columnWidth
            bands[bands.count - 1].append(index)
        }
        return bands.flatMap { band in
            TextTable(
                header: band.map { header[$0] }, rows: rows.map { row in band.map { row[$0] } },
                rightAligned: Set(band.indices.filter { rightAligned.contains(band[$0]) })
            ).lines(style: style)
        }
    }

    /// The lines with the first column (a long id) on a line of its own and the rest of its row
    /// lined up under it, indented: for a terminal too narrow to hold the id beside the rest.
    func stackedLines(style: TerminalStyle) -> [String] {
        let rest = TextTable(
            header: Array(header.dropFirst()), rows: rows.map { Array($0.dropFirst()) },
            rightAligned: Set(rightAligned.filter { $0 > 0 }.map { $0 - 1 })
        ).lines(style: style)
        let firsts = [style.bold(header.first ?? "")] + rows.map { $0.first ?? "" }
        return zip(firsts, rest).flatMap { [$0, "  " + $1] }
    }

    /// The width of each column: its longest cell or heading.
    var columnWidths: [Int] {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return widths
    }

    /// The width of a row on one line, the columns two spaces apart.
    var totalWidth: Int { columnWidths.reduce(0, +) + 2 * max(0, header.count - 1) }

    /// `cell` with spaces before it to fill `width` characters: a number lined up under others.
    static func rightAligned(_ cell: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - cell.count)) + cell
    }
}
