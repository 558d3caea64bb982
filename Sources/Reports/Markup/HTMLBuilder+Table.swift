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

    /// The headline figures: a label over a big value, each in its own box.
    public mutating func figures(_ entries: [(label: String, value: String)]) {
        open("dl", ["class": "figures"])
        for entry in entries {
            open("div")
            element("dt", text: entry.label)
            element("dd", text: entry.value)
            close()
        }
        close()
    }
}
