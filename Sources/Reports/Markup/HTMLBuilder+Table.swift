extension HTMLBuilder {
    /// A table with a header row; `numeric` columns are right-aligned.
    public mutating func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) {
        open("table")
        open("thead")
        open("tr")
        for (index, name) in header.enumerated() {
            element("th", ["class": numeric.contains(index) ? "number" : nil], text: name)
        }
        close()
        close()
        open("tbody")
        for row in rows {
            open("tr")
            for (index, text) in row.enumerated() {
                cell(text, numeric: numeric.contains(index))
            }
            close()
            newline()
        }
        close()
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
    /// note underneath (a figure resting on too little data says so there, and is greyed).
    public mutating func figures(_ entries: [(label: String, value: String, note: String?)]) {
        open("dl", ["class": "figures"])
        for entry in entries {
            open("div", ["class": entry.note == nil ? nil : "few"])
            element("dt", text: entry.label)
            element("dd", text: entry.value)
            if let note = entry.note { element("dd", ["class": "why"], text: note) }
            close()
        }
        close()
    }
}
