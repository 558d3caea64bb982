import Foundation
import Scheduling
import TextFormats

/// Small inline SVG charts: plain shapes and text, readable without scripts, fonts or colour
/// (every value is also written as text or a tooltip title, and the page prints in grey).
public enum SVGChart {
    /// Reviews per day as a calendar: one column per week, a row per weekday (Monday on top),
    /// month names above, darker for more, and a legend saying how many reviews each shade means.
    ///
    /// - Parameters:
    ///   - counts: reviews by day.
    ///   - last: the day to end on; the chart covers up to `weeks` weeks before it, and at least
    ///     `minimumWeeks`, so a new student's first days read as a calendar, not a thumbnail.
    public static func heatmap(
        _ counts: [CivilDay: Int], last: CivilDay, weeks: Int = 53, minimumWeeks: Int = 13,
        into html: inout HTMLBuilder
    ) {
        let cell = 16
        let pitch = cell + 3
        let firstShown = last.adding(days: -(last.weekday + 7 * (weeks - 1)))
        let earliest = counts.keys.min() ?? last
        let shortest = last.adding(days: -(last.weekday + 7 * (minimumWeeks - 1)))
        let start = min(shortest, max(firstShown, earliest.adding(days: -earliest.weekday)))
        let columns = (last.ordinal - start.ordinal) / 7 + 1
        let left = 34
        let top = 18
        let peak = max(1, counts.values.max() ?? 1)
        let ranges = heatRanges(peak: peak)
        let legendWidth = 56 + ranges.compactMap { $0 }.reduce(0) { $0 + legendStep($1, cell: cell) }
        let width = max(left + columns * pitch + 4, left + legendWidth)
        let legendTop = top + 7 * pitch + 10
        let height = legendTop + cell + 6
        let total = counts.values.reduce(0, +)
        svg(
            width: width, height: height,
            label: "Reviews per day from \(start) to \(last): \(total) reviews", into: &html)
        for (row, name) in weekdayNames.enumerated() {
            html.element(
                "text", ["x": "0", "y": String(top + row * pitch + cell - 4), "class": "axis"], text: name)
        }
        var day = start
        var lastMonth = -1
        while day <= last {
            let column = (day.ordinal - start.ordinal) / 7
            let x = left + column * pitch
            let y = top + day.weekday * pitch
            let month = day.components.month
            if day.weekday == 0, month != lastMonth {
                lastMonth = month
                html.element(
                    "text", ["x": String(x), "y": "12", "class": "axis"], text: monthNames[month - 1])
            }
            let count = counts[day] ?? 0
            html.open(
                "rect",
                [
                    "x": String(x), "y": String(y), "width": String(cell), "height": String(cell), "rx": "2",
                    "class": "heat\(heatLevel(count, peak: peak))",
                ])
            html.element("title", text: "\(day): \(count) review\(count == 1 ? "" : "s")")
            html.close()
            day = day.adding(days: 1)
        }
        heatLegend(ranges, x: left, y: legendTop, cell: cell, into: &html)
        html.close()
    }

    /// The shade of a day with `count` reviews: 0 for none, then four steps up to `peak`.
    static func heatLevel(_ count: Int, peak: Int) -> Int {
        count <= 0 ? 0 : 1 + min(3, (count * 4 - 1) / max(1, peak))
    }

    /// The reviews each shade stands for, as `1–3`: read off `heatLevel` itself, so the legend can
    /// never disagree with the squares; `nil` for a shade no count reaches (a peak under 4).
    static func heatRanges(peak: Int) -> [String?] {
        var ranges: [(low: Int, high: Int)?] = [(0, 0), nil, nil, nil, nil]
        for count in 1...max(1, peak) {
            let level = heatLevel(count, peak: peak)
            ranges[level] = (ranges[level]?.low ?? count, count)
        }
        return ranges.map { range in
            range.map { $0.low == $0.high ? String($0.low) : "\($0.low)–\($0.high)" }
        }
    }

    /// The room one legend entry takes: its square, a gap and its text.
    private static func legendStep(_ range: String, cell: Int) -> Int { cell + 10 + 7 * range.count }

    private static func heatLegend(
        _ ranges: [String?], x: Int, y: Int, cell: Int, into html: inout HTMLBuilder
    ) {
        html.element("text", ["x": String(x), "y": String(y + cell - 4), "class": "axis"], text: "Reviews:")
        var position = x + 56
        for (level, range) in ranges.enumerated() {
            guard let range else { continue }
            html.open(
                "rect",
                [
                    "x": String(position), "y": String(y), "width": String(cell), "height": String(cell),
                    "rx": "2", "class": "heat\(level)",
                ])
            html.element("title", text: "\(range) review\(range == "1" ? "" : "s") a day")
            html.close()
            html.element(
                "text", ["x": String(position + cell + 3), "y": String(y + cell - 4), "class": "axis"],
                text: range)
            position += legendStep(range, cell: cell)
        }
    }

    /// A vertical bar per value, labelled underneath and with its value on top.
    public static func columns(
        _ values: [(label: String, value: Int)], title: String, into html: inout HTMLBuilder
    ) {
        let barWidth = 30
        let gap = 8
        let plotHeight = 120
        let top = 16
        let bottom = 34
        let width = max(1, values.count) * (barWidth + gap) + gap
        let peak = max(1, values.map(\.value).max() ?? 1)
        svg(width: width, height: top + plotHeight + bottom, label: title, into: &html)
        for (index, entry) in values.enumerated() {
            let x = gap + index * (barWidth + gap)
            let height = entry.value * plotHeight / peak
            let y = top + plotHeight - height
            html.open(
                "rect",
                [
                    "x": String(x), "y": String(y), "width": String(barWidth),
                    "height": String(max(height, 0)),
                    "class": "bar",
                ])
            html.element("title", text: "\(entry.label): \(entry.value)")
            html.close()
            html.element(
                "text", ["x": String(x + barWidth / 2), "y": String(y - 3), "class": "value"],
                text: String(entry.value))
            html.element(
                "text",
                ["x": String(x + barWidth / 2), "y": String(top + plotHeight + 14), "class": "axis middle"],
                text: entry.label)
        }
        html.close()
    }

    /// One horizontal bar per row, as a percentage of 100, with the name on the left.
    public static func percentBars(
        _ rows: [(label: String, fraction: Double, detail: String)], title: String,
        labelWidth: Int = 190, labelLength: Int = 28, into html: inout HTMLBuilder
    ) {
        let plotWidth = 300
        let rowHeight = 20
        let width = labelWidth + plotWidth + 60
        svg(width: width, height: max(1, rows.count) * rowHeight + 8, label: title, into: &html)
        for (index, row) in rows.enumerated() {
            let y = 4 + index * rowHeight
            let fraction = min(1, max(0, row.fraction))
            let length = Int((fraction * Double(plotWidth)).rounded())
            html.element(
                "text", ["x": String(labelWidth - 6), "y": String(y + 13), "class": "label end"],
                text: shortened(row.label, to: labelLength))
            html.empty(
                "rect",
                [
                    "x": String(labelWidth), "y": String(y + 2), "width": String(plotWidth), "height": "14",
                    "class": "track",
                ])
            html.open(
                "rect",
                [
                    "x": String(labelWidth), "y": String(y + 2), "width": String(length), "height": "14",
                    "class": fraction < 0.7 ? "bar weak" : "bar",
                ])
            html.element("title", text: "\(row.label): \(percent(fraction)) (\(row.detail))")
            html.close()
            html.element(
                "text",
                ["x": String(labelWidth + plotWidth + 6), "y": String(y + 13), "class": "value start"],
                text: percent(fraction))
        }
        html.close()
    }

    /// Scores (0…1) joined by a line, with the pass mark as a dashed rule when known.
    public static func scoreLine(
        _ points: [(label: String, score: Double)], passMark: Double?, title: String,
        into html: inout HTMLBuilder
    ) {
        let left = 36
        let top = 10
        let plotHeight = 140
        let step = 44
        let width = left + max(1, points.count) * step + 10
        let height = top + plotHeight + 30
        func y(_ score: Double) -> Int {
            top + Int(((1 - min(1, max(0, score))) * Double(plotHeight)).rounded())
        }
        svg(width: width, height: height, label: title, into: &html)
        for mark in [0.0, 0.5, 1.0] {
            html.empty(
                "line",
                [
                    "x1": String(left), "x2": String(width - 4), "y1": String(y(mark)), "y2": String(y(mark)),
                    "class": "grid",
                ])
            html.element(
                "text", ["x": String(left - 4), "y": String(y(mark) + 4), "class": "axis end"],
                text: percent(mark))
        }
        if let passMark {
            html.empty(
                "line",
                [
                    "x1": String(left), "x2": String(width - 4), "y1": String(y(passMark)),
                    "y2": String(y(passMark)),
                    "class": "pass",
                ])
        }
        let coordinates = points.indices.map { (left + step / 2 + $0 * step, y(points[$0].score)) }
        if coordinates.count > 1 {
            html.empty(
                "polyline",
                ["points": coordinates.map { "\($0.0),\($0.1)" }.joined(separator: " "), "class": "trend"])
        }
        for (index, point) in points.enumerated() {
            let (x, pointY) = coordinates[index]
            html.open("circle", ["cx": String(x), "cy": String(pointY), "r": "4", "class": "point"])
            html.element("title", text: "\(point.label): \(percent(point.score))")
            html.close()
            html.element(
                "text", ["x": String(x), "y": String(top + plotHeight + 16), "class": "axis middle"],
                text: point.label)
        }
        html.close()
    }

    /// `85%`, rounded to the nearest point.
    public static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func svg(width: Int, height: Int, label: String, into html: inout HTMLBuilder) {
        html.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "width": String(width), "height": String(height),
                "viewBox": "0 0 \(width) \(height)", "role": "img", "aria-label": label,
            ])
        html.element("title", text: label)
    }

    /// `text` cut to fit a label (`ShortText.cut`).
    static func shortened(_ text: String, to length: Int) -> String { ShortText.cut(text, to: length) }
}
