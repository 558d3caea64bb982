import Insights

extension ReportHTML {
    /// The exam readiness section, in the page's style: the headline figures, the last weeks'
    /// figures against the pass mark, a bar of each area's predicted score, and the table of
    /// areas with their bands.
    static func readiness(_ report: StudentReport, into html: inout HTMLBuilder) {
        guard let readiness = report.readiness else { return }
        HTMLPage.section("readiness", heading: "Exam readiness", into: &html)
        html.figures([
            (
                "Predicted score", ReportNumbers.percent(readiness.readiness),
                readiness.date.map { "\(readiness.exam) on \($0)" } ?? "\(readiness.exam), if it were today",
                false
            ),
            ("Questions studied", "\(readiness.studied) of \(readiness.questions)", nil, false),
        ])
        html.element(
            "p",
            text:
                "A prediction from the scheduler's memory model, not a score: each question counts with its "
                + "predicted recall on the day, or the odds of guessing it when never studied.")
        if !readiness.history.isEmpty {
            html.element(
                "p", ["class": "note"],
                text: "The same prediction as it stood at the end of each of the last weeks, against the "
                    + "\(ReportNumbers.percent(ExamReadiness.passMark)) pass mark (dashed):")
            let points =
                readiness.history.map {
                    (String(ReportJSON.timestamp($0.at).dropFirst(5).prefix(5)), $0.readiness)
                }
                + [
                    (
                        String(ReportJSON.timestamp(report.generatedAt).dropFirst(5).prefix(5)),
                        readiness.readiness
                    )
                ]
            SVGChart.scoreLine(
                points.map { (label: $0.0, score: $0.1) }, passMark: ExamReadiness.passMark,
                title: "Predicted score as it stood at the end of each of the last weeks", into: &html)
        }
        if !readiness.areas.isEmpty {
            html.element("p", ["class": "note"], text: "Predicted score per content area:")
            SVGChart.percentBars(
                readiness.areas.map {
                    ($0.name, $0.readiness, "\($0.studied) of \($0.questions) questions studied")
                },
                title: "Predicted score per content area", labelWidth: 260, labelLength: 40, into: &html)
            html.openTable([
                TableColumn("Area"), TableColumn("Weight", .number), TableColumn("Studied", .number),
                TableColumn("Predicted", .number), TableColumn("Band"),
            ])
            for area in readiness.areas {
                html.open("tr")
                html.cell(area.name)
                html.cell(ReportNumbers.percent(area.share), numeric: true)
                html.cell("\(area.studied)/\(area.questions)", numeric: true)
                html.cell(ReportNumbers.percent(area.readiness), numeric: true)
                html.cell(area.band)
                html.close()
                html.newline()
            }
            html.closeTable()
        }
        html.close()
    }
}
