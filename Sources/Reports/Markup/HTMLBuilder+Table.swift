extension HTMLBuilder {
    /// A table with a header row; `numeric` columns are right-aligned.
    public mutating func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) {
        openTable(
            header.enumerated().map { TableColumn($0.element, numeric.contains($0.offset) ? .number : .text) }
        )
        for row in rows {
            open("tr")
            for (index, text) in row.enumerated() {
                cell(text, numeric: numeric.contains(index))
            }
            close()
            newline()
        }
        closeTable()
    }

    /// Writes `<table>` with its head row and opens the body; end it with `closeTable()`.
    public mutating func openTable(_ columns: [TableColumn], class classes: String? = nil) {
        open("table", ["class": classes])
        open("thead")
        open("tr")
        for column in columns {
            element("th", ["class": column.style.className], text: column.name)
        }
        close()
        close()
        open("tbody")
    }

    /// Closes the body and the table `openTable` began.
    public mutating func closeTable() {
        close()
        close()
    }

    /// A question named by its text, with the section to reread and its card id underneath.
    public mutating func questionCell(_ prompt: String, read: String?, card: String) {
        open("td")
        text(prompt)
        if let read { element("span", ["class": "read"], text: read) }
        element("span", ["class": "id"], text: card)
        close()
    }

    /// `<td>text</td>`, right-aligned when `numeric`.
    ///
    /// The tag is written whole rather than through `element`: the review log writes 600,000
    /// cells, and composing each tag from its name and attributes was most of their cost.
    public mutating func cell(_ text: String, numeric: Bool = false) {
        trusted(numeric ? "<td class=\"number\">" : "<td>")
        self.text(text)
        trusted("</td>")
    }

    /// `<td class="…">text</td>`: for cells that need more than right alignment (a figure
    /// resting on too few reviews, a date that must not wrap).
    public mutating func cell(_ text: String, class classes: String?, title: String? = nil) {
        element("td", ["class": classes, "title": title], text: text)
    }

    /// A share (accuracy, retention) right-aligned, greyed with the reason in its tooltip when it
    /// rests on too few reviews to judge by.
    mutating func shareCell(_ fraction: Double?, reviews: Int) {
        let few = fraction == nil ? nil : ReportNumbers.tooFew(reviews)
        cell(ReportNumbers.percent(fraction), class: few == nil ? "number" : "number few", title: few)
    }

    /// The headline figures: a label over a big value, each in its own box, with an optional
    /// note underneath; a figure resting on too little data (`few`) says so in its note, and is
    /// greyed. (A note that only says what the figure is for leaves it black: the readiness was
    /// greyed with no reason given.)
    public mutating func figures(_ entries: [(label: String, value: String, note: String?, few: Bool)]) {
        open("dl", ["class": "figures"])
        for entry in entries {
            open("div", ["class": entry.few ? "few" : nil])
            element("dt", text: entry.label)
            element("dd", text: entry.value)
            if let note = entry.note { element("dd", ["class": "why"], text: note) }
            close()
        }
        close()
    }
}

/// A column of a table: its head and how its cells sit.
public struct TableColumn: Sendable {
    public enum Style: Sendable {
        case text
        /// Right-aligned figures.
        case number
        /// Prose that should get most of the width (a question, a list of questions).
        case wide

        var className: String? {
            switch self {
            case .text: nil
            case .number: "number"
            case .wide: "wide"
            }
        }
    }

    public var name: String
    public var style: Style

    public init(_ name: String, _ style: Style = .text) {
        self.name = name
        self.style = style
    }
}
