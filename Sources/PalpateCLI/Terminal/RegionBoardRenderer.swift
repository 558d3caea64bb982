import BodyMaps

/// Draws a `region` question's board on a terminal: each numbered region shaded grey (two
/// shades, so neighbours part), its number in bold black; in feedback, the regions coloured by
/// what they were. Without colour (piped, `NO_COLOR`, `TERM=dumb`) it prints the core's plain
/// text: numbers on dots, and `#`, `+`, `x` for what the feedback marks.
struct RegionBoardRenderer {
    let style: TerminalStyle

    /// The 256-colour sequences used, after their ESC; `TerminalSanitizer` lets exactly these
    /// through.
    static let sequences: [String] = Shade.allCases.flatMap {
        ["[38;5;\($0.rawValue)m", "[48;5;\($0.rawValue)m"]
    }

    enum Shade: Int, CaseIterable {
        case light = 254
        case middle = 250
        case dark = 246
        case darkest = 243
        case body = 239
        case found = 34
        case wrong = 160
        case spillover = 217
        case ink = 16
    }

    /// What a region is shown as in feedback.
    enum Mark {
        case found
        case spillover
        case wrong
        case essential

        var plain: Character {
            switch self {
            case .found, .essential: "#"
            case .spillover: "+"
            case .wrong: "x"
            }
        }

        var shade: Shade {
            switch self {
            case .found: .found
            case .spillover: .spillover
            case .wrong, .essential: .wrong
            }
        }
    }

    func lines(_ drawing: RegionBoardDrawing, marks: [Int: Mark] = [:]) -> [String] {
        guard style.enabled else { return drawing.plainLines(marks: marks.mapValues(\.plain)) }
        let lines = drawing.lines { cell in
            switch cell {
            case .outside: return " "
            case .body: return paint(" ", .body)
            case .region(let index): return paint(" ", shade(index, drawing, marks))
            case .label(let character, let index):
                return "\u{1B}[1m" + paint(String(character), shade(index, drawing, marks), ink: true)
            }
        }
        // Padding after a panel's last cell is not needed on screen.
        return lines.map { line in
            var line = Substring(line)
            while line.last == " " { line.removeLast() }
            return String(line)
        }
    }

    private func shade(_ index: Int, _ drawing: RegionBoardDrawing, _ marks: [Int: Mark]) -> Shade {
        if let mark = marks[index] { return mark.shade }
        let greys: [Shade] = [.light, .middle, .dark, .darkest]
        return greys[(index < drawing.shades.count ? drawing.shades[index] : 0) % greys.count]
    }

    private func paint(_ text: String, _ shade: Shade, ink: Bool = false) -> String {
        let foreground = ink ? "\u{1B}[38;5;\(Shade.ink.rawValue)m" : ""
        return foreground + "\u{1B}[48;5;\(shade.rawValue)m" + text + "\u{1B}[0m"
    }

    /// A coloured swatch for a legend (plain: the fill character).
    func swatch(_ mark: Mark) -> String {
        style.enabled ? "\u{1B}[48;5;\(mark.shade.rawValue)m  \u{1B}[0m" : String(mark.plain)
    }
}
