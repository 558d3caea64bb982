extension StudentReport.Group {
    /// The columns of a deck or tag table, shared by the HTML and Markdown reports.
    static func tableHeader(_ nameHeader: String) -> [String] {
        [nameHeader, "Cards seen", "Mature", "Recall now", "Reviews", "Accuracy", "Retention", "Weakest"]
    }

    /// The columns holding numbers, to align right.
    static let numericColumns: Set<Int> = [1, 2, 3, 4, 5, 6]

    /// This group's row under `tableHeader`.
    var tableRow: [String] {
        [
            title, "\(cardsSeen)/\(cardsTotal)", String(mature), ReportNumbers.percent(meanRetrievability),
            String(reviews), ReportNumbers.percent(accuracy), ReportNumbers.percent(retention),
            weakest.map {
                SVGChart.shortened($0.prompt, to: 80)
                    + (LessonReading.command($0.lesson).map { " (\($0))" } ?? "")
            }.joined(
                separator: "; "),
        ]
    }
}
