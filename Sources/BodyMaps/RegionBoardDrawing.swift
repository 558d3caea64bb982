/// A `region` question's views drawn as a grid of terminal cells (one cell a column wide and two
/// units of the view's scale tall), each cell owned by at most one numbered region, with the
/// numbers written where they fit. The terminal chooses how a cell looks; tests read the plain
/// text.
public struct RegionBoardDrawing: Sendable, Equatable {
    /// What a cell of the drawing shows.
    public enum Cell: Sendable, Equatable {
        case outside
        /// Inside the body, in no numbered region.
        case body
        /// In the region of entry `index` (0-based).
        case region(Int)
        /// A character of a region's number, written over the region of entry `index`.
        case label(Character, region: Int)
    }

    public struct Panel: Sendable, Equatable {
        public var title: String
        public var leftLabel: String
        public var rightLabel: String
        public var width: Int
        public var cells: [[Cell]]
    }

    public var panels: [Panel]
    /// Panels per band, left to right, as `ReferralMapDrawing` lays them out.
    public var bands: [[Int]]
    /// Entries (0-based) whose number found no room on the map: the list beside it names them.
    public var unlabelled: [Int]
    /// A shade for each entry (0, 1 or 2; more only where the map forces it) that no region
    /// touching it shares, so a terminal can part neighbours by colour.
    public var shades: [Int]
    static let gap = 3

    /// The widest a whole-body view is drawn (it is then as many lines tall).
    public static let panelColumns = 36

    /// - Parameter width: the columns available.
    /// - Throws: `MapTooNarrow` under `ReferralMapDrawing.minimumWidth` columns.
    public static func make(board: RegionBoard, width: Int) throws(MapTooNarrow) -> RegionBoardDrawing {
        guard width >= ReferralMapDrawing.minimumWidth else {
            throw MapTooNarrow(available: width, needed: ReferralMapDrawing.minimumWidth)
        }
        var panels: [Panel] = []
        var unlabelled: [Int] = []
        for view in board.views {
            // A view twice as tall as wide fills `panelColumns` lines; a square one half as many.
            let columns = min(width, view.height > view.width ? panelColumns : panelColumns + 8)
            let scale = view.width / Double(columns)
            let rows = max(1, Int((view.height / (scale * 2)).rounded(.up)))
            let owners = Self.owners(board: board, view: view, columns: columns, rows: rows, scale: scale)
            var cells = owners.map { row in
                row.map { owner -> Cell in owner == -2 ? .outside : owner == -1 ? .body : .region(owner) }
            }
            unlabelled += Self.placeLabels(board: board, view: view, owners: owners, cells: &cells)
            let labels = view.sideLabels
            panels.append(
                Panel(
                    title: view.panelTitle(side: board.side), leftLabel: labels.left,
                    rightLabel: labels.right,
                    width: columns, cells: cells))
        }
        return RegionBoardDrawing(
            panels: panels, bands: PanelLayout.bands(widths: panels.map(\.width), gap: gap, width: width),
            unlabelled: unlabelled.sorted(),
            shades: shades(count: board.entries.count, panels: panels))
    }

    /// Each cell's owner: the smallest numbered region holding its centre (so a heel is not lost
    /// in a calf drawn over it), -1 for the rest of the body, -2 outside.
    private static func owners(board: RegionBoard, view: BodyView, columns: Int, rows: Int, scale: Double)
        -> [[Int]]
    {
        let outline = view.outline(for: board.side)
        let shapes = board.entries.enumerated().flatMap { index, entry in
            entry.region.polygons(in: view.name).map { polygon in
                (
                    index: index,
                    polygon: view.showsOneSide && board.side == .left
                        ? polygon.mirrored(width: view.width) : polygon, area: area(of: polygon)
                )
            }
        }.sorted { $0.area < $1.area }
        return (0..<rows).map { y in
            (0..<columns).map { x in
                let point = MapPoint(x: (Double(x) + 0.5) * scale, y: (Double(y) + 0.5) * scale * 2)
                guard outline.contains(where: { $0.contains(point) }) else { return -2 }
                return shapes.first { $0.polygon.contains(point) }?.index ?? -1
            }
        }
    }

    /// Writes each region's number on cells it owns, nearest its middle, smallest regions first
    /// (they have the fewest places); a number may run over a neighbour's cells but never over
    /// or beside another number, nor off the body. Returns the entries left without a number.
    private static func placeLabels(
        board: RegionBoard, view: BodyView, owners: [[Int]], cells: inout [[Cell]]
    )
        -> [Int]
    {
        var owned: [Int: [(x: Int, y: Int)]] = [:]
        for (y, row) in owners.enumerated() {
            for (x, owner) in row.enumerated() where owner >= 0 { owned[owner, default: []].append((x, y)) }
        }
        var taken = Set<Int>()
        let width = owners.first?.count ?? 0
        var unlabelled: [Int] = []
        let numbered = board.entries.indices.filter { board.entries[$0].view == view.name }
        for index in numbered.sorted(by: { (owned[$0]?.count ?? 0, $0) < (owned[$1]?.count ?? 0, $1) }) {
            let text = Array(String(index + 1))
            guard let places = owned[index], !places.isEmpty else {
                unlabelled.append(index)
                continue
            }
            let midX = Double(places.map(\.x).reduce(0, +)) / Double(places.count)
            let midY = Double(places.map(\.y).reduce(0, +)) / Double(places.count)
            // Starts that keep the number's middle on the region, nearest the region's middle.
            let starts = places.flatMap { place in (0..<text.count).map { (x: place.x - $0, y: place.y) } }
                .sorted {
                    let a =
                        pow2(Double($0.x) + Double(text.count - 1) / 2 - midX) + pow2(Double($0.y) - midY) * 4
                    let b =
                        pow2(Double($1.x) + Double(text.count - 1) / 2 - midX) + pow2(Double($1.y) - midY) * 4
                    return a < b
                }
            var placed = false
            for start in starts {
                let span = (start.x..<(start.x + text.count))
                guard span.lowerBound >= 0, span.upperBound <= width,
                    span.allSatisfy({ owners[start.y][$0] >= -1 }),
                    // Not touching another number on its line, so "33" and "34" never read "3334".
                    ((span.lowerBound - 1)...span.upperBound).allSatisfy({
                        !taken.contains(start.y * width + $0)
                    }),
                    span.filter({ owners[start.y][$0] == index }).count * 2 >= text.count
                else { continue }
                for (offset, x) in span.enumerated() {
                    taken.insert(start.y * width + x)
                    cells[start.y][x] = .label(text[offset], region: index)
                }
                placed = true
                break
            }
            if !placed { unlabelled.append(index) }
        }
        return unlabelled
    }

    /// Greedy colouring of the regions' touching graph (cells side by side or one above the
    /// other), in board order.
    private static func shades(count: Int, panels: [Panel]) -> [Int] {
        var touching = [Set<Int>](repeating: [], count: count)
        func owner(_ cell: Cell) -> Int? {
            switch cell {
            case .region(let index), .label(_, let index): index
            case .outside, .body: nil
            }
        }
        for panel in panels {
            for (y, row) in panel.cells.enumerated() {
                for (x, cell) in row.enumerated() {
                    guard let here = owner(cell) else { continue }
                    let right = x + 1 < row.count ? owner(row[x + 1]) : nil
                    let below =
                        y + 1 < panel.cells.count && x < panel.cells[y + 1].count
                        ? owner(panel.cells[y + 1][x]) : nil
                    for other in [right, below].compactMap({ $0 }) where other != here {
                        touching[here].insert(other)
                        touching[other].insert(here)
                    }
                }
            }
        }
        var shades = [Int](repeating: -1, count: count)
        for index in 0..<count {
            let used = Set(touching[index].map { shades[$0] })
            shades[index] = (0...).first { !used.contains($0) } ?? 0
        }
        return shades
    }

    private static func pow2(_ value: Double) -> Double { value * value }

    private static func area(of polygon: MapPolygon) -> Double {
        let points = polygon.points
        guard points.count >= 3 else { return 0 }
        var sum = 0.0
        for index in points.indices {
            let next = points[(index + 1) % points.count]
            sum += points[index].x * next.y - next.x * points[index].y
        }
        return abs(sum) / 2
    }

    /// The panels, band by band: a title line, then the cells, with `cell` deciding how each is
    /// written (one column wide). Lines are padded so panels line up.
    public func lines(cell: (Cell) -> String) -> [String] {
        var lines: [String] = []
        let spacer = String(repeating: " ", count: Self.gap)
        for (bandIndex, band) in bands.enumerated() {
            if bandIndex > 0 { lines.append("") }
            lines.append(
                band.map {
                    let panel = panels[$0]
                    return PanelLayout.heading(
                        title: panel.title, left: panel.leftLabel, right: panel.rightLabel, width: panel.width
                    )
                }.joined(separator: spacer))
            let rows = band.map { panels[$0].cells.count }.max() ?? 0
            for row in 0..<rows {
                lines.append(
                    band.map { index -> String in
                        let panel = panels[index]
                        guard row < panel.cells.count else {
                            return String(repeating: " ", count: panel.width)
                        }
                        return panel.cells[row].map(cell).joined()
                    }.joined(separator: spacer))
            }
        }
        return lines
    }

    /// Plain text: numbers on dots, one character a cell; `marks` overrides the dots of a
    /// region's unlabelled cells (feedback: `#` essential, `+` spillover, `x` a wrong pick).
    public func plainLines(marks: [Int: Character] = [:]) -> [String] {
        lines { cell in
            switch cell {
            case .outside: " "
            case .body: "."
            case .region(let index): String(marks[index] ?? ".")
            case .label(let character, _): String(character)
            }
        }.map(ReferralMapDrawing.trimmed)
    }

    /// The widest band, in columns.
    public var width: Int {
        bands.map { band in band.map { panels[$0].width }.reduce(0, +) + Self.gap * max(0, band.count - 1) }
            .max()
            ?? 0
    }
}
