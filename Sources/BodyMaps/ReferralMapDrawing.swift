/// One pattern drawn as a grid of cells: its views side by side (or stacked when the width is
/// short), each under a title, with the zones named below. Made here, in the core, so the
/// terminal only chooses how a cell looks (colours or fill characters) and tests read the plain
/// text.
public struct ReferralMapDrawing: Sendable, Equatable {
    /// One view of the body, drawn.
    public struct Panel: Sendable, Equatable {
        public var title: String
        /// Which side of the body is at the viewer's left and right (`R`, `L`), or empty.
        public var leftLabel: String
        public var rightLabel: String
        public var grid: MapGrid
    }

    public var title: String
    public var panels: [Panel]
    /// The panels of each band, left to right: all in one band when they fit side by side.
    public var bands: [[Int]]
    public var essentialTitles: [String]
    public var spilloverTitles: [String]
    /// The columns the drawing may fill.
    public var width: Int

    /// The widest a panel is drawn, and the most lines (two pixels each) it may take: about the
    /// 40 × 24 cells a terminal shows comfortably.
    public static let panelColumns = 40
    public static let panelLines = 24
    /// Narrower than this, the body is no longer recognisable.
    public static let minimumWidth = 20
    static let gap = 3

    /// - Parameter width: the columns available (the terminal's width, or 80 for a page).
    /// - Throws: `MapTooNarrow` when `width` is under `minimumWidth`.
    public static func make(pattern: ReferralPattern, model: BodyModel, width: Int) throws(MapTooNarrow)
        -> ReferralMapDrawing
    {
        guard width >= minimumWidth else { throw MapTooNarrow(available: width, needed: minimumWidth) }
        let zones =
            pattern.spilloverRegions(in: model).map { (region: $0, paint: MapPaint.spillover) }
            + pattern.essentialRegions(in: model).map { (region: $0, paint: MapPaint.essential) }
        var panels: [Panel] = []
        for name in pattern.views {
            guard let view = model.view(named: name) else { continue }
            let points = pattern.triggerPoints.filter { $0.view == name }.map(\.location)
            let window = focusWindow(of: view, pattern: pattern, model: model)
            let scale = max(window.width / Double(panelColumns), window.height / Double(panelLines * 2))
            let columns = min(width, max(1, Int((window.width / scale).rounded())))
            let grid = MapRasterizer.grid(
                of: view, side: pattern.side, zones: zones, triggerPoints: points, window: window,
                columns: columns)
            let labels = view.sideLabels
            panels.append(
                Panel(
                    title: view.panelTitle(side: pattern.side), leftLabel: labels.left,
                    rightLabel: labels.right,
                    grid: grid))
        }
        return ReferralMapDrawing(
            title: "\(pattern.title): referral map", panels: panels,
            bands: PanelLayout.bands(widths: panels.map(\.grid.width), gap: gap, width: width),
            essentialTitles: pattern.essentialRegions(in: model).map { $0.title(about: pattern.side) },
            spilloverTitles: pattern.spilloverRegions(in: model).map { $0.title(about: pattern.side) },
            width: width)
    }

    /// The close-up of a view that holds the pattern's zones and trigger points (the whole view
    /// when they spread over most of it), in the proportions of a terminal panel. The page draws
    /// the same close-up.
    public static func focusWindow(of view: BodyView, pattern: ReferralPattern, model: BodyModel) -> MapWindow
    {
        if view.showsOneSide { return .whole(view) }
        let zones = pattern.essentialRegions(in: model) + pattern.spilloverRegions(in: model)
        let points = pattern.triggerPoints.filter { $0.view == view.name }.map(\.location)
        var box = (
            minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity
        )
        let silhouette = view.outline.map(\.bounds)
        let extent = (
            minX: silhouette.map(\.minX).min() ?? 0, minY: silhouette.map(\.minY).min() ?? 0,
            maxX: silhouette.map(\.maxX).max() ?? view.width,
            maxY: silhouette.map(\.maxY).max() ?? view.height
        )
        for bounds in zones.flatMap({ $0.polygons(in: view.name) }).map(\.bounds) {
            box.minX = min(box.minX, max(bounds.minX, extent.minX))
            box.minY = min(box.minY, max(bounds.minY, extent.minY))
            box.maxX = max(box.maxX, min(bounds.maxX, extent.maxX))
            box.maxY = max(box.maxY, min(bounds.maxY, extent.maxY))
        }
        for point in points {
            box = (
                min(box.minX, point.x), min(box.minY, point.y), max(box.maxX, point.x), max(box.maxY, point.y)
            )
        }
        return MapWindow.around(box, in: view, aspect: Double(panelColumns) / Double(panelLines * 2))
    }

    /// The panels, band by band: a title line, then one line per cell row, with `cell` deciding
    /// how each cell is written (one column wide). Lines are padded to the band's width so
    /// panels line up; the caller trims if it wants.
    public func panelLines(cell: (_ upper: MapPaint, _ lower: MapPaint) -> String) -> [String] {
        var lines: [String] = []
        for (bandIndex, band) in bands.enumerated() {
            if bandIndex > 0 { lines.append("") }
            let spacer = String(repeating: " ", count: Self.gap)
            lines.append(
                band.map {
                    let panel = panels[$0]
                    return PanelLayout.heading(
                        title: panel.title, left: panel.leftLabel, right: panel.rightLabel,
                        width: panel.grid.width)
                }.joined(separator: spacer))
            let rows = band.map { panels[$0].grid.cellRows }.max() ?? 0
            for row in 0..<rows {
                let parts = band.map { index -> String in
                    let grid = panels[index].grid
                    guard row < grid.cellRows else { return String(repeating: " ", count: grid.width) }
                    return (0..<grid.width).map { x in
                        let pixels = grid.cell(x: x, row: row)
                        return cell(pixels.upper, pixels.lower)
                    }.joined()
                }
                lines.append(parts.joined(separator: spacer))
            }
        }
        return lines
    }

    /// The zones named, wrapped to the drawing's width.
    public var zoneLines: [String] {
        let none = "none"
        return Self.wrap("Essential zone: " + essentialTitles.joined(separator: ", "), width: width)
            + Self.wrap(
                "Spillover zone: "
                    + (spilloverTitles.isEmpty ? none : spilloverTitles.joined(separator: ", ")), width: width
            )
    }

    /// The key to the plain fill characters.
    public var plainLegend: [String] {
        let entries = ["× trigger point", "# essential zone", "+ spillover zone", ". body"]
        let line = entries.joined(separator: "   ")
        return line.count <= width ? [line] : entries
    }

    /// The whole map as plain text: title, panels (fill characters), legend, zones.
    public func plainLines() -> [String] {
        var lines = Self.wrap(title, width: width) + [""]
        lines += panelLines { upper, lower in String(max(upper, lower).plainCharacter) }.map(Self.trimmed)
        lines.append("")
        lines += plainLegend
        lines += zoneLines
        return lines
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Words wrapped to `width` columns; a word longer than the width is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let piece = String(word.prefix(width))
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
