import Scheduling

/// A student report as one self-contained, printable XHTML page with inline SVG charts.
public enum ReportHTML {
    public static func encode(_ report: StudentReport) -> String {
        var html = HTMLBuilder()
        // A review log row takes about 120 bytes (more with long typed answers).
        html.reserveCapacity(64 * 1_024 + 128 * report.reviews.count)
        let name = ReportMarkdown.displayName(report.student)
        HTMLPage.begin(title: "Progress report: \(name)", into: &html)
        html.open("header")
        html.element("h1", text: "Progress report: \(name)")
        html.element(
            "p", ["class": "meta"],
            text:
                "Period: \(ReportMarkdown.periodText(report.period)) · Generated \(ReportNumbers.moment(report.generatedAt))"
                + " · Time zone \(report.timeZone)")
        html.close()

        totals(report, into: &html)
        activity(report, into: &html)
        groups(report, into: &html)
        weakest(report, into: &html)
        exams(report, into: &html)
        forecastAndLeeches(report, into: &html)
        log(report, into: &html)
        HTMLPage.end(into: &html)
        return html.output
    }

    private static func totals(_ report: StudentReport, into html: inout HTMLBuilder) {
        let totals = report.totals
        html.newline()
        html.open("section", ["id": "totals", "class": "first"])
        html.element("h2", text: "Totals")
        html.figures([
            ("Reviews", String(totals.reviews)),
            ("Accuracy", ReportNumbers.percent(totals.accuracy)),
            ("Retention", ReportNumbers.percent(totals.retention)),
            ("Time studied", ReportNumbers.duration(totals.secondsStudied)),
            ("Streak", "\(totals.streak) d"),
            ("Longest streak", "\(totals.longestStreak) d"),
            ("Lessons read", "\(totals.lessonsRead)/\(totals.lessonsTotal)"),
            ("Cards seen", "\(report.cards.seen)/\(report.cards.total)"),
            ("Mature cards", String(report.cards.mature)),
            ("Leeches", String(report.cards.leeches)),
        ])
        html.element(
            "p", ["class": "note"],
            text:
                "Retention counts reviews of graduated cards (\(totals.retentionReviews) in this period) that were "
                + "not forgotten. Last active: \(ReportNumbers.moment(totals.lastActive)).")
        html.close()
    }

    private static func activity(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("activity", heading: "Reviews per day", into: &html)
        var counts: [CivilDay: Int] = [:]
        for day in report.activity {
            if let civil = CivilDay(day.day) { counts[civil] = day.reviews }
        }
        if let last = (report.forecast.first?.day).flatMap(CivilDay.init) ?? counts.keys.max() {
            SVGChart.heatmap(counts, last: last, into: &html)
        }
        html.element(
            "p", ["class": "note"],
            text: "\(report.totals.activeDays) days with reviews; darker squares mean more reviews.")
        html.close()
    }

    private static func groups(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("decks", heading: "By deck", into: &html)
        groupTable(report.byDeck, nameHeader: "Deck", into: &html)
        html.close()
        HTMLPage.section("tags", heading: "By tag", into: &html)
        let answered = report.byTag.filter { $0.reviews > 0 }
        if !answered.isEmpty {
            SVGChart.percentBars(
                answered.map { ($0.title, $0.accuracy ?? 0, "\($0.correct) of \($0.reviews) right") },
                title: "Accuracy by tag", into: &html)
        }
        groupTable(report.byTag, nameHeader: "Tag", into: &html)
        html.close()
    }

    private static func groupTable(
        _ groups: [StudentReport.Group], nameHeader: String, into html: inout HTMLBuilder
    ) {
        html.table(
            StudentReport.Group.tableHeader(nameHeader), groups.map(\.tableRow),
            numeric: StudentReport.Group.numericColumns)
    }

    private static func weakest(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("weakest", heading: "Weakest questions", into: &html)
        if report.weakest.isEmpty {
            html.element("p", text: "No question forgotten yet.")
        } else {
            html.table(
                ["Card", "Question", "Lapses", "Wrong", "Reread"],
                report.weakest.map {
                    [
                        $0.card, $0.prompt, String($0.lapses), String($0.wrong),
                        ($0.lessonTitle.map { "\($0) — " } ?? "") + "palpate read \($0.lesson)",
                    ]
                }, numeric: [2, 3])
        }
        html.close()
    }

    private static func exams(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("exams", heading: "Practice exams", into: &html)
        if report.exams.isEmpty {
            html.element("p", text: "No practice exam in this period.")
        } else {
            SVGChart.scoreLine(
                report.exams.enumerated().map { ("#\($0.offset + 1)", $0.element.score) },
                passMark: report.exams.last?.passMark, title: "Exam scores, oldest first", into: &html)
            if let trend = report.examTrend {
                html.element(
                    "p",
                    text: "Trend: \(trend.direction) — first \(ReportNumbers.percent(trend.first)), last "
                        + "\(ReportNumbers.percent(trend.last)), best \(ReportNumbers.percent(trend.best)), mean "
                        + "\(ReportNumbers.percent(trend.mean)).")
            }
            html.table(
                ["#", "Date", "Score", "Result", "By deck", "By tag"],
                report.exams.enumerated().map { index, exam in
                    [
                        String(index + 1), ReportNumbers.moment(exam.startedAt),
                        "\(exam.correct)/\(exam.total) (\(ReportNumbers.percent(exam.score)))",
                        exam.passed ? "pass" : "fail",
                        exam.byDeck.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: ", "),
                        exam.byTag.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: ", "),
                    ]
                }, numeric: [0, 2])
        }
        html.close()
    }

    private static func forecastAndLeeches(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("forecast", heading: "Due reviews, next \(report.forecast.count) days", into: &html)
        SVGChart.columns(
            report.forecast.map { (String($0.day.suffix(5)), $0.due) },
            title: "Reviews due per day, today first",
            into: &html)
        html.close()
        HTMLPage.section("leeches", heading: "Leeches", into: &html)
        if report.leeches.isEmpty {
            html.element("p", text: "None.")
        } else {
            html.table(
                ["Card", "Question", "Lapses", "Suspended", "Reread"],
                report.leeches.map {
                    [
                        $0.card, $0.prompt, String($0.lapses), $0.suspended ? "yes" : "no",
                        "palpate read \($0.lesson)",
                    ]
                }, numeric: [2])
        }
        html.close()
    }

    private static func log(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("log", heading: "Review log", into: &html)
        if report.reviews.isEmpty {
            html.element("p", text: "No review in this period.")
        } else {
            // Written row by row: the log can hold 100,000 reviews, and a [[String]] of it all
            // would cost more than the page itself.
            html.open("table")
            html.open("thead")
            html.open("tr")
            for name in ["Time (UTC)", "Card", "Rating", "Answer", "Correct"] {
                html.element("th", text: name)
            }
            html.element("th", ["class": "number"], text: "Seconds")
            html.close()
            html.close()
            html.open("tbody")
            var moments = MomentText()
            for review in report.reviews {
                html.open("tr")
                html.cell(moments.text(review.at))
                html.cell(review.card)
                html.cell(review.rating.name)
                html.cell(review.answer ?? "")
                html.cell(review.correct.map { $0 ? "yes" : "no" } ?? "–")
                html.cell(ReportNumbers.seconds(review.seconds), numeric: true)
                html.close()
                html.newline()
            }
            html.close()
            html.close()
        }
        html.close()
    }
}
