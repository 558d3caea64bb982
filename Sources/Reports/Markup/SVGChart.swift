import Scheduling

/// Small inline SVG charts: plain shapes and text, readable without scripts, fonts or colour
/// (every value is also written as text or a tooltip title, and the page prints in grey).
public enum SVGChart {
    /// Reviews per day as a calendar: one column per week (Monday on top), darker for more.
    ///
    /// - Parameters:
    ///   - counts: reviews by day.
    ///   - last: the day to end on; the chart covers up to `weeks` weeks before it.
    public static func heatmap(
        _ counts: [CivilDay: Int], last: CivilDay, weeks: Int = 53, into html: inout HTMLBuilder
    ) {
        let cell = 11
        let gap = 2
        let firstShown = last.adding(days: -(last.weekday + 7 * (weeks - 1)))
        let earliest = counts.keys.min() ?? last
        let start = max(firstShown, earliest.adding(days: -earliest.weekday))
        let columns = (last.ordinal - start.ordinal) / 7 + 1
        let left = 28
        let top = 16
        let width = left + columns * (cell + gap) + 4
        let height = top + 7 * (cell + gap) + 4
        let peak = max(1, counts.values.max() ?? 1)
        let total = counts.values.reduce(0, +)
        svg(
            width: width, height: height,
            label: "Reviews per day from \(start) to \(last): \(total) reviews", into: &html)
        for (row, name) in ["Mon", "Wed", "Fri"].enumerated() {
            html.element(
                "text", ["x": "0", "y": String(top + (row * 2) * (cell + gap) + cell - 2), "class": "axis"],
                text: name)
        }
        var day = start
        var lastMonth = -1
        while day <= last {
            let column = (day.ordinal - start.ordinal) / 7
            let x = left + column * (cell + gap)
            let y = top + day.weekday * (cell + gap)
            let month = day.components.month
            if day.weekday == 0, month != lastMonth {
                lastMonth = month
                html.element(
                    "text", ["x": String(x), "y": "10", "class": "axis"], text: monthNames[month - 1])
            }
            let count = counts[day] ?? 0
            let level = count == 0 ? 0 : 1 + min(3, (count * 4 - 1) / peak)
            html.open(
                "rect",
                [
                    "x": String(x), "y": String(y), "width": String(cell), "height": String(cell),
                    "class": "heat\(level)",
                ])
            html.element("title", text: "\(day): \(count) review\(count == 1 ? "" : "s")")
            html.close()
            day = day.adding(days: 1)
        }
        html.close()
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
        into html: inout HTMLBuilder
    ) {
        let labelWidth = 190
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
                text: shortened(row.label, to: 28))
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

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
