import BodyMaps

/// Draws a referral map on a terminal: half blocks (two pixels a cell) in colour, the essential
/// zone in a strong red and the spillover in a light pink on a grey body, the trigger point a
/// black × on yellow. Without colour (piped, `NO_COLOR`, `TERM=dumb`) it prints the core's plain
/// text: fill characters and a legend.
struct ReferralMapRenderer {
    let style: TerminalStyle

    /// The 256-colour sequences used, after their ESC; `TerminalSanitizer` lets exactly these
    /// through, as it does `TerminalStyle`'s.
    static let sequences: [String] =
        Palette.allCases.flatMap { ["[38;5;\($0.rawValue)m", "[48;5;\($0.rawValue)m"] }
        + ["[39m", "[49m"]

    enum Palette: Int, CaseIterable {
        case body = 250
        case spillover = 217
        case essential = 160
        case marker = 226
        case ink = 16
    }

    /// Titles come from the body files, which anyone may edit: cleaned like any content before
    /// they reach the terminal.
    func lines(_ drawing: ReferralMapDrawing) -> [String] {
        let drawing = Self.cleaned(drawing)
        guard style.enabled else { return drawing.plainLines() }
        var lines = ReferralMapDrawing.wrap(drawing.title, width: drawing.width).map(style.bold) + [""]
        lines += drawing.panelLines(cell: cell)
        lines.append("")
        let legend = [
            marker("×") + " trigger point", swatch(.essential) + " essential zone",
            swatch(.spillover) + " spillover zone", swatch(.body) + " body",
        ]
        // What the legend takes on screen: "× trigger point   ██ essential zone   …".
        let legendWidth = 15 + 17 + 17 + 7 + 3 * 3
        lines += legendWidth <= drawing.width ? [legend.joined(separator: "   ")] : legend
        lines += drawing.zoneLines
        return lines
    }

    private static func cleaned(_ drawing: ReferralMapDrawing) -> ReferralMapDrawing {
        func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }
        var drawing = drawing
        drawing.title = clean(drawing.title)
        for index in drawing.panels.indices {
            drawing.panels[index].title = clean(drawing.panels[index].title)
        }
        drawing.essentialTitles = drawing.essentialTitles.map(clean)
        drawing.spilloverTitles = drawing.spilloverTitles.map(clean)
        return drawing
    }

    private func cell(_ upper: MapPaint, _ lower: MapPaint) -> String {
        if upper == .triggerPoint || lower == .triggerPoint { return marker("×") }
        switch (colour(upper), colour(lower)) {
        case (nil, nil): return " "
        case (let top?, nil): return "\u{1B}[38;5;\(top.rawValue)m▀\u{1B}[0m"
        case (nil, let bottom?): return "\u{1B}[38;5;\(bottom.rawValue)m▄\u{1B}[0m"
        case (let top?, let bottom?):
            return "\u{1B}[38;5;\(top.rawValue)m\u{1B}[48;5;\(bottom.rawValue)m▀\u{1B}[0m"
        }
    }

    private func colour(_ paint: MapPaint) -> Palette? {
        switch paint {
        case .outside: nil
        case .body: .body
        case .spillover: .spillover
        case .essential: .essential
        case .triggerPoint: .marker
        }
    }

    private func marker(_ text: String) -> String {
        "\u{1B}[1m\u{1B}[38;5;\(Palette.ink.rawValue)m\u{1B}[48;5;\(Palette.marker.rawValue)m\(text)\u{1B}[0m"
    }

    private func swatch(_ colour: Palette) -> String { "\u{1B}[38;5;\(colour.rawValue)m██\u{1B}[0m" }
}
