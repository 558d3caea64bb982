import Insights

/// The class report as one self-contained, printable XHTML page.
///
/// Laid out for an instructor who looks rather than reads, on a screen or a printed A4/Letter
/// page: wide matrices are split into tables of a few columns, questions are named by their text
/// (with the card id underneath), and text wraps while numbers and dates stay on one line.
public enum ClassReportHTML {
    /// How many deck or tag columns one students × decks/tags table holds before the rest move to
    /// the next table: enough to compare, few enough to fit a printed page.
    static let matrixColumns = 5

    public static func encode(_ report: ClassReport) -> String {
        var html = HTMLBuilder()
        HTMLPage.begin(title: "Class report", into: &html)
        html.open("header")
        html.element("h1", text: "Class report")
        html.element(
            "p", ["class": "meta"],
            text: "\(report.students.count) students · Generated \(ReportNumbers.moment(report.generatedAt))")
        html.close()

        students(report, into: &html)
        atRisk(report, into: &html)
        readiness(report, into: &html)

        HTMLPage.section("decks", heading: "Students × decks", into: &html)
        html.element(
            "p", ["class": "note"],
            text: "Accuracy over cards seen, per deck. Greyed figures rest on fewer than "
                + "\(ReportNumbers.fewReviews) reviews.")
        matrix(report, columns: report.deckIDs, cells: \.byDeck, showSeen: true, into: &html)
        html.close()
        HTMLPage.section("tags", heading: "Students × tags", into: &html)
        html.element(
            "p", ["class": "note"],
            text: "Accuracy per tag (retention in the tooltip). Greyed figures rest on fewer than "
                + "\(ReportNumbers.fewReviews) reviews.")
        let answered = report.tags.filter { tag in
            report.students.contains { ($0.byTag[tag]?.reviews ?? 0) > 0 }
        }
        matrix(report, columns: answered, cells: \.byTag, showSeen: false, into: &html)
        let unanswered = report.tags.filter { !answered.contains($0) }
        if !unanswered.isEmpty {
            html.element(
                "p", ["class": "note"], text: "No answers yet: " + unanswered.joined(separator: ", ") + ".")
        }
        html.close()

        items(report, into: &html)
        revisit(report, into: &html)
        misconceptions(report, into: &html)

        HTMLPage.section("exams", heading: "Exam scores", into: &html)
        html.element("p", text: ClassReportTables.examSummary(report.exams))
        SVGChart.columns(
            report.exams.bands.enumerated().map { (ExamDistribution.bandLabel($0.offset), $0.element) },
            title: "Practice exams per score band", into: &html)
        html.close()
        HTMLPage.end(into: &html)
        return html.output
    }

    private static func students(_ report: ClassReport, into html: inout HTMLBuilder) {
        html.newline()
        html.open("section", ["id": "students", "class": "first"])
        html.element("h2", text: "Students")
        html.openTable(
            ClassReportTables.studentHeader.enumerated().map {
                TableColumn($0.element, $0.offset >= 2 ? .number : .text)
            })
        for student in report.students {
            html.open("tr")
            html.cell(student.name)
            html.cell(ReportNumbers.moment(student.lastActive), class: "when")
            html.cell(String(student.reviews), numeric: true)
            html.shareCell(student.accuracy, reviews: student.reviews)
            html.shareCell(student.retention, reviews: student.retentionReviews)
            html.cell("\(student.cardsSeen) of \(student.cardsTotal)", numeric: true)
            html.cell(String(student.leeches), numeric: true)
            html.cell(String(student.exams), numeric: true)
            html.cell(ReportNumbers.percent(student.lastExamScore), numeric: true)
            html.close()
            html.newline()
        }
        html.closeTable()
        html.close()
    }

    /// Each student's predicted readiness, its change, and each area's figure and band; a fall
    /// of `AtRiskRule.readinessFall` or more and a poor band stand out.
    private static func readiness(_ report: ClassReport, into html: inout HTMLBuilder) {
        guard report.students.contains(where: { $0.readiness != nil }) else { return }
        HTMLPage.section("readiness", heading: "Exam readiness (predicted)", into: &html)
        html.element("p", ["class": "note"], text: ClassReportTables.readinessNote)
        html.openTable([
            TableColumn("Student"), TableColumn("Exam"), TableColumn("Readiness", .number),
            TableColumn("Change", .number),
        ])
        let students = report.students.filter { $0.readiness != nil }
        for student in students {
            guard let readiness = student.readiness else { continue }
            html.open("tr")
            html.cell(student.name)
            html.cell(readiness.date.map { "\(readiness.exam) on \($0)" } ?? "\(readiness.exam) (today)")
            html.cell(
                ReportNumbers.percent(readiness.readiness),
                class: readiness.readiness < ExamReadiness.passMark ? "number risk" : "number")
            html.cell(
                ClassReportTables.change(student),
                class: AtRiskRule.isFalling(student.readinessChange) ? "number risk" : "number")
            html.close()
            html.newline()
        }
        html.closeTable()
        // Each area's figure and band, a few areas a table, as the students × decks tables.
        let areas = report.readinessAreas
        var start = 0
        while start < areas.count {
            let part = Array(areas[start..<min(start + matrixColumns - 1, areas.count)])
            start += matrixColumns - 1
            html.openTable(
                [TableColumn("Student")] + part.map { TableColumn($0.name, .number) }, class: "matrix")
            for student in students {
                html.open("tr")
                html.cell(student.name)
                for area in part {
                    guard let figure = student.readiness?.areas.first(where: { $0.id == area.id }) else {
                        html.cell("–", numeric: true)
                        continue
                    }
                    html.cell(
                        "\(ReportNumbers.percent(figure.readiness)) \(figure.band)",
                        class: figure.band == "poor" ? "number risk" : "number",
                        title: "\(area.name): \(figure.studied) of \(figure.questions) questions studied")
                }
                html.close()
                html.newline()
            }
            html.closeTable()
        }
        html.close()
    }

    private static func atRisk(_ report: ClassReport, into html: inout HTMLBuilder) {
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
    }

    /// Students down the side, `columns` across, split into tables of `matrixColumns`.
    private static func matrix(
        _ report: ClassReport, columns: [String],
        cells: KeyPath<ClassReport.StudentRow, [String: ClassReport.Cell]>,
        showSeen: Bool, into html: inout HTMLBuilder
    ) {
        var start = 0
        while start < columns.count {
            let part = Array(columns[start..<min(start + matrixColumns, columns.count)])
            start += matrixColumns
            html.openTable([TableColumn("Student")] + part.map { TableColumn($0, .number) }, class: "matrix")
            for student in report.students {
                html.open("tr")
                html.cell(student.name)
                for column in part {
                    guard let cell = student[keyPath: cells][column] else {
                        html.cell("–", numeric: true)
                        continue
                    }
                    let few = cell.accuracy == nil ? nil : ReportNumbers.tooFew(cell.reviews)
                    let detail =
                        "\(column): accuracy \(ReportNumbers.percent(cell.accuracy)), retention "
                        + "\(ReportNumbers.percent(cell.retention)), \(cell.reviews) reviews, "
                        + "\(cell.cardsSeen) of \(cell.cardsTotal) cards seen"
                    let text =
                        ReportNumbers.percent(cell.accuracy)
                        + (showSeen ? " · \(cell.cardsSeen)/\(cell.cardsTotal)" : "")
                    html.cell(text, class: few == nil ? "number" : "number few", title: detail)
                }
                html.close()
                html.newline()
            }
            html.closeTable()
        }
        if columns.isEmpty { html.element("p", text: "No data.") }
    }

    private static func items(_ report: ClassReport, into html: inout HTMLBuilder) {
        HTMLPage.section("items", heading: "Item analysis", into: &html)
        html.element("p", ["class": "note"], text: ClassReportTables.itemMethod)
        let hardest = report.items.prefix(15)
        if !hardest.isEmpty {
            SVGChart.percentBars(
                hardest.map { ($0.prompt, $0.facility, "\($0.card): \($0.correct) of \($0.attempts) right") },
                title: "Facility of the hardest questions", labelWidth: 360, labelLength: 60, into: &html)
        }
        html.openTable(
            [TableColumn("Question", .wide)]
                + ["Students", "Attempts", "Facility", "Discrim\u{AD}ination"].map {
                    TableColumn($0, .number)
                }
                + [TableColumn("Most common wrong answer", .wide)])
        for item in report.items {
            html.open("tr")
            html.questionCell(item.prompt, read: LessonReading.command(item.lesson), card: item.card)
            html.cell(String(item.students), numeric: true)
            html.cell(String(item.attempts), numeric: true)
            html.cell(ReportNumbers.percent(item.facility), numeric: true)
            html.cell(ClassReportTables.discrimination(item.discrimination), numeric: true)
            html.cell(item.commonWrongAnswer.map { "\($0.answer) (×\($0.count))" } ?? "–")
            html.close()
            html.newline()
        }
        html.closeTable()
        html.close()
    }

    private static func revisit(_ report: ClassReport, into html: inout HTMLBuilder) {
        HTMLPage.section("revisit", heading: "Lessons to revisit", into: &html)
        if report.revisit.isEmpty {
            html.element("p", text: "No lesson stands out.")
        } else {
            let prompts = Dictionary(
                report.items.map { ($0.card, $0.prompt) }, uniquingKeysWith: { first, _ in first })
            html.openTable([
                TableColumn("Lesson"), TableColumn("Mean facility", .number),
                TableColumn("Hard questions", .wide),
            ])
            for need in report.revisit {
                html.open("tr")
                html.cell(LessonReading.cell(need.lesson))
                html.cell(ReportNumbers.percent(need.facility), numeric: true)
                html.open("td")
                html.open("ul", ["class": "weak"])
                for card in need.cards {
                    html.element(
                        "li", ["title": card], text: SVGChart.shortened(prompts[card] ?? card, to: 90))
                }
                html.close()
                html.close()
                html.close()
                html.newline()
            }
            html.closeTable()
        }
        html.close()
    }

    private static func misconceptions(_ report: ClassReport, into html: inout HTMLBuilder) {
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
    }
}
