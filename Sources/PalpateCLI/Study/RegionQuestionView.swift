import BodyMaps
import Decks

/// How a `region` question is shown and answered on a terminal: the blank body with numbered
/// regions and the list of their names; after the answer, the student's picks beside the right
/// map (below it when the terminal is narrow).
struct RegionQuestionView {
    /// The body model, read when a region question first needs it (most sessions have none);
    /// `nil` when the course's maps cannot be read.
    private let bodyModel: BodyModelOnDemand
    /// Columns the maps may fill.
    let mapWidth: Int
    let style: TerminalStyle

    /// A view whose body model comes from `loadModel`, called at most once, on first use.
    init(loadingModel loadModel: @escaping () -> BodyModel?, mapWidth: Int, style: TerminalStyle) {
        bodyModel = BodyModelOnDemand(loadModel)
        self.mapWidth = mapWidth
        self.style = style
    }

    /// A view of `atlas`'s body model, or of none.
    init(atlas: ReferralAtlas?, mapWidth: Int, style: TerminalStyle) {
        self.init(loadingModel: { atlas?.model }, mapWidth: mapWidth, style: style)
    }

    /// Loads the body model on first use and keeps it.
    private final class BodyModelOnDemand {
        private var load: (() -> BodyModel?)?
        private var loaded: BodyModel?

        init(_ load: @escaping () -> BodyModel?) { self.load = load }

        var model: BodyModel? {
            if let load {
                loaded = load()
                self.load = nil
            }
            return loaded
        }
    }

    private var wrapper: TextWrapper { TextWrapper(width: max(40, min(100, mapWidth)), style: style) }

    /// The board the student answers on, from the body model alone.
    func board(for answer: RegionAnswer) -> RegionBoard? {
        guard let model = bodyModel.model else { return nil }
        return RegionBoard(
            model: model, views: answer.views, side: answer.side == "left" ? .left : .right,
            bothSides: answer.namesOtherSide)
    }

    /// `presentation` with the board's numbering, which the parser reads numbers by.
    func numbered(_ presentation: Presentation, for question: Question) -> Presentation {
        guard case .region(let answer) = question.kind, let board = board(for: answer) else {
            return presentation
        }
        var numbered = presentation
        numbered.regions = board.names
        return numbered
    }

    /// The map with numbers, then every region by number.
    func question(_ answer: RegionAnswer) -> [String] {
        guard let board = board(for: answer) else {
            return [
                style.yellow(
                    "The body map for this question cannot be drawn (the course's Curriculum/body is missing or damaged); type s to skip it."
                )
            ]
        }
        var lines: [String] = []
        guard let drawing = try? RegionBoardDrawing.make(board: board, width: mapWidth) else {
            lines += wrapper.wrap(
                MapTooNarrow(available: mapWidth, needed: ReferralMapDrawing.minimumWidth).description,
                apply: style.yellow)
            return lines + numberedList(board, width: mapWidth)
                + [style.dim("Answer with the region numbers, e.g. 3 7 12")]
        }
        let map = RegionBoardRenderer(style: style).lines(drawing)
        let gap = 3
        let room = mapWidth - drawing.width - gap
        if room >= 40 {
            // Wide enough: the list beside the map, so the whole board fits on one screen.
            let list = numberedList(board, width: room)
            for row in 0..<max(map.count, list.count) {
                let left = row < map.count ? map[row] : ""
                let padding = String(
                    repeating: " ", count: max(0, drawing.width + gap - Self.visibleWidth(left)))
                lines.append(row < list.count ? left + padding + list[row] : left)
            }
        } else {
            lines += map + [""] + numberedList(board, width: mapWidth)
        }
        if !drawing.unlabelled.isEmpty {
            lines += wrapper.wrap(
                "Too small to number on the map: "
                    + drawing.unlabelled.map { String($0 + 1) }.joined(separator: ", ") + " (see the list)",
                apply: style.dim)
        }
        lines.append(style.dim("Answer with the region numbers, e.g. 3 7 12"))
        return lines
    }

    /// The regions by number in as many columns of at most 38 characters as `width` holds.
    private func numberedList(_ board: RegionBoard, width: Int) -> [String] {
        let digits = String(board.entries.count).count
        let items = board.entries.enumerated().map { index, entry in
            let number = String(index + 1)
            return String(repeating: " ", count: digits - number.count) + number + " "
                + TerminalSanitizer.clean(entry.title, keepNewlines: false)
        }
        let longest = items.map(\.count).max() ?? 0
        let columns = max(1, (width + 2) / (min(longest, 38) + 2))
        let widest = columns == 1 ? min(longest, max(10, width)) : min(longest, 38)
        let rows = (items.count + columns - 1) / columns
        return (0..<rows).map { row in
            var cells: [String] = []
            for column in 0..<columns where column * rows + row < items.count {
                let item = items[column * rows + row]
                cells.append(item.count > widest ? String(item.prefix(widest - 1)) + "…" : item)
            }
            return cells.enumerated().map { index, cell in
                index == cells.count - 1
                    ? cell : cell + String(repeating: " ", count: widest - cell.count + 2)
            }.joined()
        }
    }

    /// Regions by their number on the board and their title (`48 Back and underside of the heel`).
    func named(_ names: [String], answer: RegionAnswer) -> String {
        let board = board(for: answer)
        return names.map(answer.canonical).map { name in
            let number = board?.number(of: name).map { "\($0) " } ?? ""
            let title = board?.entries.first { $0.name == name }?.title ?? name
            return number + TerminalSanitizer.clean(title, keepNewlines: false)
        }.joined(separator: ", ")
    }

    /// What was right and wrong, by number and name, and the two maps.
    func feedback(_ answer: RegionAnswer, picked: [String]) -> [String] {
        let grade = RegionGrade(picked: picked, answer: answer)
        let board = board(for: answer)
        func named(_ names: [String]) -> String { self.named(names, answer: answer) }
        let total = grade.found.count + grade.missed.count
        var lines = wrapper.wrap(
            "Credit \(Int((grade.credit * 100).rounded()))%: \(grade.found.count) of "
                + "\(plural(total, "essential region")) found, \(plural(grade.wrong.count, "wrong pick"))",
            apply: style.bold)
        if !grade.missed.isEmpty {
            lines += wrapper.wrap("Missed: " + named(grade.missed), indent: "  ", firstIndent: "  ")
        }
        if !grade.wrong.isEmpty {
            lines += wrapper.wrap("Wrong: " + named(grade.wrong), indent: "  ", firstIndent: "  ")
        }
        if !grade.spillover.isEmpty {
            lines += wrapper.wrap(
                "Spillover (neither required nor wrong): " + named(grade.spillover), indent: "  ",
                firstIndent: "  ")
        }
        guard let board, let drawing = try? RegionBoardDrawing.make(board: board, width: mapWidth) else {
            return lines
        }
        let renderer = RegionBoardRenderer(style: style)
        func index(_ name: String) -> Int? { board.number(of: name).map { $0 - 1 } }
        var yours: [Int: RegionBoardRenderer.Mark] = [:]
        for name in grade.found { if let i = index(name) { yours[i] = .found } }
        for name in grade.spillover { if let i = index(name) { yours[i] = .spillover } }
        for name in grade.wrong { if let i = index(name) { yours[i] = .wrong } }
        var right: [Int: RegionBoardRenderer.Mark] = [:]
        for name in answer.essential.map(answer.canonical) {
            if let i = index(name) { right[i] = .essential }
        }
        for name in answer.spillover.map(answer.canonical) {
            if let i = index(name) { right[i] = .spillover }
        }
        let left = [style.bold("Your answer")] + renderer.lines(drawing, marks: yours)
        let key = [style.bold("The answer")] + renderer.lines(drawing, marks: right)
        lines.append("")
        let gap = 4
        if drawing.width * 2 + gap <= mapWidth {
            for row in 0..<max(left.count, key.count) {
                let first = row < left.count ? left[row] : ""
                let padding = String(
                    repeating: " ", count: max(0, drawing.width + gap - Self.visibleWidth(first)))
                lines.append(first + padding + (row < key.count ? key[row] : ""))
            }
        } else {
            lines += left + [""] + key
        }
        lines.append("")
        let legend =
            style.enabled
            ? [
                renderer.swatch(.found) + " found", renderer.swatch(.wrong) + " wrong pick; essential zone",
                renderer.swatch(.spillover) + " spillover",
            ]
            : ["# found (yours), essential zone (the answer)", "x wrong pick", "+ spillover"]
        let joined = legend.joined(separator: "   ")
        lines += Self.visibleWidth(joined) <= mapWidth ? [joined] : legend
        return lines
    }

    /// Columns a line takes on screen: escape sequences take none.
    static func visibleWidth(_ line: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
