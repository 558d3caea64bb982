/// The class report as one self-contained, printable XHTML page.
public enum ClassReportHTML {
    public static func encode(_ report: ClassReport) -> String {
        var html = HTMLBuilder()
        HTMLPage.begin(title: "Class report", into: &html)
        html.open("header")
        html.element("h1", text: "Class report")
        html.element(
            "p", ["class": "meta"],
            text: "\(report.students.count) students · Generated \(ReportNumbers.moment(report.generatedAt))")
        html.close()

        html.newline()
        html.open("section", ["id": "students", "class": "first"])
        html.element("h2", text: "Students")
        html.table(
            ClassReportTables.studentHeader, ClassReportTables.studentRows(report),
            numeric: Set(2..<ClassReportTables.studentHeader.count))
        html.close()

        HTMLPage.section("risk", heading: "Students at risk", into: &html)
        html.element("p", ["class": "note"], text: ClassReportTables.riskRule)
        if report.atRisk.isEmpty {
            html.element("p", text: "None.")
        } else {
            html.open("ul")
            for student in report.atRisk {
                html.open("li")
                html.element("span", ["class": "risk"], text: student.student)
                html.text(": " + student.reasons.joined(separator: "; "))
                html.close()
            }
            html.close()
        }
        html.close()

        HTMLPage.section("decks", heading: "Students × decks", into: &html)
        html.element("p", ["class": "note"], text: "Accuracy / retention / cards seen, per deck.")
        html.table(["Student"] + report.deckIDs, ClassReportTables.deckRows(report))
        html.close()
        HTMLPage.section("tags", heading: "Students × tags", into: &html)
        html.element("p", ["class": "note"], text: "Accuracy / retention, per tag.")
        html.table(["Student"] + report.tags, ClassReportTables.tagRows(report))
        html.close()

        HTMLPage.section("items", heading: "Item analysis", into: &html)
        html.element("p", ["class": "note"], text: ClassReportTables.itemMethod)
        let hardest = report.items.prefix(15)
        if !hardest.isEmpty {
            SVGChart.percentBars(
                hardest.map { ($0.card, $0.facility, "\($0.correct) of \($0.attempts) right") },
                title: "Facility of the hardest questions", into: &html)
        }
        html.table(ClassReportTables.itemHeader, ClassReportTables.itemRows(report), numeric: [2, 3, 4, 5])
        html.close()

        HTMLPage.section("revisit", heading: "Lessons to revisit", into: &html)
        if report.revisit.isEmpty {
            html.element("p", text: "No lesson stands out.")
        } else {
            html.table(
                ["Lesson", "Mean facility", "Questions"],
                report.revisit.map {
                    [
                        "palpate read \($0.lesson)", ReportNumbers.percent($0.facility),
                        $0.cards.joined(separator: ", "),
                    ]
                }, numeric: [1])
        }
        html.close()

        HTMLPage.section("misconceptions", heading: "Misconceptions", into: &html)
        html.element("p", ["class": "note"], text: ClassReportTables.misconceptionNote)
        if report.misconceptions.isEmpty {
            html.element("p", text: "No answer points to a tagged misconception.")
        } else {
            html.table(
                ClassReportTables.misconceptionHeader, ClassReportTables.misconceptionRows(report),
                numeric: [2, 3])
        }
        html.close()

        HTMLPage.section("exams", heading: "Exam scores", into: &html)
        html.element("p", text: ClassReportTables.examSummary(report.exams))
        SVGChart.columns(
            report.exams.bands.enumerated().map { (ExamDistribution.bandLabel($0.offset), $0.element) },
            title: "Practice exams per score band", into: &html)
        html.close()
        HTMLPage.end(into: &html)
        return html.output
    }
}
