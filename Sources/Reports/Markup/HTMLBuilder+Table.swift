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
            for (index, cell) in row.enumerated() {
                if numeric.contains(index) {
                    element("td", ["class": "number"], text: cell)
                } else {
                    element("td", text: cell)
                }
            }
            close()
            newline()
        }
        close()
        close()
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
