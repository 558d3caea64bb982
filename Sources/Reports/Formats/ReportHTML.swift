import BodyMaps
import Curriculum
import Decks
import Scheduling

/// A student report as one self-contained, printable XHTML page with inline SVG charts.
public enum ReportHTML {
    /// - Parameter atlas: the course's referral maps; a weak question linked to a muscle's section
    ///   shows that muscle's map under it (issue 19). `nil` draws none.
    public static func encode(_ report: StudentReport, atlas: ReferralAtlas? = nil) -> String {
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
        weakest(report, atlas: atlas, into: &html)
        exams(report, into: &html)
        misconceptions(report, into: &html)
        readiness(report, into: &html)
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
        let totalsFigures: [(label: String, value: String, note: String?)] = [
            ("Reviews", String(totals.reviews), nil),
            ("Accuracy", ReportNumbers.percent(totals.accuracy), ReportNumbers.tooFew(totals.reviews)),
            (
                "Retention", ReportNumbers.percent(totals.retention),
                ReportNumbers.tooFew(totals.retentionReviews)
            ),
            ("Time studied", ReportNumbers.duration(totals.secondsStudied), nil),
            ("Streak", ReportNumbers.days(totals.streak), nil),
            ("Longest streak", ReportNumbers.days(totals.longestStreak), nil),
            ("Lessons read", "\(totals.lessonsRead) of \(totals.lessonsTotal)", nil),
            ("Cards seen", "\(report.cards.seen) of \(report.cards.total)", nil),
            ("Mature cards", String(report.cards.mature), nil),
            ("Leeches", String(report.cards.leeches), nil),
        ]
        html.figures(totalsFigures.map { ($0.label, $0.value, $0.note, $0.note != nil) })
        html.element(
            "p", ["class": "note"],
            text:
                "Accuracy is the share of answers that were right. Retention is the share of reviews of "
                + "graduated cards (\(totals.retentionReviews) in this period) that were not forgotten. Greyed "
                + "figures rest on fewer than \(ReportNumbers.fewReviews) reviews, too few to judge by. "
                + "Last active: \(ReportNumbers.moment(totals.lastActive)).")
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
            text:
                "\(report.totals.activeDays) day\(report.totals.activeDays == 1 ? "" : "s") with reviews in this "
                + "period. Each square is a day, a column a week; the legend says how many reviews each shade means."
        )
        html.close()
    }

    private static func groups(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("decks", heading: "By deck", into: &html)
        groupTable(
            report.byDeck, nameHeader: "Deck", weakestShown: StudentReportBuilder.weakestPerGroup, into: &html
        )
        html.close()
        HTMLPage.section("tags", heading: "By tag", into: &html)
        let answered = report.byTag.filter { $0.reviews > 0 }
        if !answered.isEmpty {
            SVGChart.percentBars(
                answered.map { ($0.title, $0.accuracy ?? 0, "\($0.correct) of \($0.reviews) right") },
                title: "Accuracy by tag", into: &html)
        }
        // A tag's weakest questions mostly repeat its deck's: the first one is enough here.
        groupTable(
            report.byTag.filter { $0.cardsSeen > 0 || $0.reviews > 0 }, nameHeader: "Tag", weakestShown: 1,
            into: &html)
        let unseen = report.byTag.filter { $0.cardsSeen == 0 && $0.reviews == 0 }
        if !unseen.isEmpty {
            html.element(
                "p", ["class": "note"],
                text: "Not started yet: "
                    + unseen.map { "\($0.title) (\($0.cardsTotal))" }.joined(separator: ", ")
                    + ".")
        }
        html.close()
    }

    /// Cards, recall and shares per deck or tag; a share resting on too few reviews is greyed
    /// with the count in its tooltip, and the weakest questions are named by their text.
    private static func groupTable(
        _ groups: [StudentReport.Group], nameHeader: String, weakestShown: Int, into html: inout HTMLBuilder
    ) {
        html.openTable(
            [TableColumn(nameHeader)]
                + ["Cards seen", "Mature", "Recall now", "Reviews", "Accuracy", "Retention"].map {
                    TableColumn($0, .number)
                }
                + [TableColumn(weakestShown == 1 ? "Weakest question" : "Weakest questions", .wide)])
        for group in groups {
            html.open("tr")
            html.cell(group.title)
            html.cell("\(group.cardsSeen) of \(group.cardsTotal)", numeric: true)
            html.cell(String(group.mature), numeric: true)
            html.cell(ReportNumbers.percent(group.meanRetrievability), numeric: true)
            html.cell(String(group.reviews), numeric: true)
            html.shareCell(group.accuracy, reviews: group.reviews)
            html.shareCell(group.retention, reviews: group.retentionReviews ?? group.reviews)
            html.open("td")
            weakList(Array(group.weakest.prefix(weakestShown)), into: &html)
            html.close()
            html.close()
            html.newline()
        }
        html.closeTable()
    }

    /// Each question by its (shortened) text over the section to reread.
    private static func weakList(_ weakest: [StudentReport.WeakQuestion], into html: inout HTMLBuilder) {
        guard !weakest.isEmpty else { return }
        html.open("ul", ["class": "weak"])
        for question in weakest {
            html.open("li", ["title": question.card])
            html.text(SVGChart.shortened(question.prompt, to: 90))
            if let read = readText(question.lesson, question.lessonTitle) {
                html.element("span", ["class": "read"], text: read)
            }
            html.close()
        }
        html.close()
    }

    /// Nothing for a question that links no lesson.
    private static func readText(_ lesson: String, _ title: String?) -> String? {
        LessonReading.command(lesson).map { (title.map { "\($0): " } ?? "") + $0 }
    }

    private static func weakest(_ report: StudentReport, atlas: ReferralAtlas?, into html: inout HTMLBuilder)
    {
        HTMLPage.section("weakest", heading: "Weakest questions", into: &html)
        if report.weakest.isEmpty {
            html.element("p", text: "No question forgotten yet.")
            html.close()
            return
        }
        html.element(
            "p", ["class": "note"],
            text: "The questions you got wrong or forgot most, with the answers you gave, the right answer "
                + "and the section to reread.")
        let given = Dictionary(
            report.items.map { ($0.card, $0.wrongAnswers) }, uniquingKeysWith: { first, _ in first })
        html.openTable([
            TableColumn("Question", .wide), TableColumn("Wrong", .number), TableColumn("Lapses", .number),
            TableColumn("Your wrong answers"), TableColumn("Right answer"),
        ])
        var row = 0
        for question in report.weakest {
            html.open("tr")
            html.questionCell(
                question.prompt, read: readText(question.lesson, question.lessonTitle), card: question.card)
            html.cell(String(question.wrong), numeric: true)
            html.cell(String(question.lapses), numeric: true)
            let answers = (given[question.card] ?? []).map {
                $0.count > 1 ? "\($0.answer) (×\($0.count))" : $0.answer
            }
            html.cell(answers.isEmpty ? "–" : answers.joined(separator: "; "))
            html.cell(question.answer ?? "–", class: "right")
            html.close()
            html.newline()
            referralMaps(for: question, row: row, atlas: atlas, into: &html)
            row += 1
        }
        html.closeTable()
        html.close()
    }

    /// A row under a referral question with the map of the muscle its section teaches, so the
    /// student sees where the pain goes next to the answer they got wrong.
    private static func referralMaps(
        for question: StudentReport.WeakQuestion, row: Int, atlas: ReferralAtlas?,
        into html: inout HTMLBuilder
    ) {
        guard let atlas, let link = try? LessonLink.parse(question.lesson), link.anchor != nil else { return }
        let patterns = atlas.patterns(for: link)
        guard !patterns.isEmpty else { return }
        html.open("tr", ["class": "map"])
        html.open("td", ["colspan": "5"])
        for pattern in patterns {
            ReferralMapSVG.figure(pattern, model: atlas.model, idPrefix: "weak-\(row)", into: &html)
        }
        html.close()
        html.close()
        html.newline()
    }

    private static func exams(_ report: StudentReport, into html: inout HTMLBuilder) {
        HTMLPage.section("exams", heading: "Practice exams", into: &html)
        if report.exams.isEmpty {
            html.element("p", text: "No practice exam in this period.")
        } else {
            SVGChart.scoreLine(
                report.exams.enumerated().map { ("#\($0.offset + 1)", $0.element.score) },
                passMark: report.exams.last?.passMark, title: "Exam scores, oldest first", into: &html)
            if let trend = report.examTrend, let direction = trend.direction {
                html.element(
                    "p",
                    text: "Trend: \(direction) — first \(ReportNumbers.percent(trend.first)), last "
                        + "\(ReportNumbers.percent(trend.last)), best \(ReportNumbers.percent(trend.best)), mean "
                        + "\(ReportNumbers.percent(trend.mean)).")
            }
            html.openTable([
                TableColumn("#", .number), TableColumn("Date"), TableColumn("Score", .number),
                TableColumn("Result"), TableColumn("By deck"), TableColumn("By tag"),
            ])
            for (index, exam) in report.exams.enumerated() {
                html.open("tr")
                html.cell(String(index + 1), numeric: true)
                html.cell(ReportNumbers.moment(exam.startedAt), class: "when")
                html.cell(
                    "\(ExamResult.marks(exam.score * Double(exam.total), outOf: exam.total)) (\(ReportNumbers.percent(exam.score)))",
                    class: "number")
                html.cell(exam.passed ? "pass" : "fail")
                html.cell(exam.byDeck.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: ", "))
                html.cell(exam.byTag.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: ", "))
                html.close()
                html.newline()
            }
            html.closeTable()
            let cases = report.exams.enumerated().flatMap { index, exam in exam.byCase.map { (index, $0) } }
            if !cases.isEmpty {
                html.element("h3", text: "Client cases in exams")
                html.openTable([
                    TableColumn("Exam", .number), TableColumn("Case", .wide),
                    TableColumn("Steps right", .number),
                ])
                for (index, tally) in cases {
                    html.open("tr")
                    html.cell("#\(index + 1)", numeric: true)
                    html.cell(tally.name)
                    html.cell("\(tally.correct) of \(tally.total)", numeric: true)
                    html.close()
                    html.newline()
                }
                html.closeTable()
            }
        }
        html.close()
    }

    /// The beliefs behind the student's wrong answers, as the deck authors named them.
    private static func misconceptions(_ report: StudentReport, into html: inout HTMLBuilder) {
        guard !report.misconceptions.isEmpty else { return }
        HTMLPage.section("misconceptions", heading: "Misconceptions behind wrong answers", into: &html)
        html.element(
            "p", ["class": "note"],
            text: "Some wrong answers stand for a common mistaken belief. These are the ones your answers "
                + "pointed to, most often first: reread the sections of the questions listed.")
        html.openTable([
            TableColumn("Misconception", .wide), TableColumn("Decks"), TableColumn("Times picked", .number),
            TableColumn("Questions"),
        ])
        for entry in report.misconceptions {
            html.open("tr")
            html.cell(entry.text)
            html.cell(entry.decks.joined(separator: ", "))
            html.cell(String(entry.count), numeric: true)
            html.cell(entry.cards.joined(separator: ", "), class: "id")
            html.close()
            html.newline()
        }
        html.closeTable()
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
                ["Question", "Card", "Lapses", "Suspended", "Reread"],
                report.leeches.map {
                    [
                        $0.prompt, $0.card, String($0.lapses), $0.suspended ? "yes" : "no",
                        LessonReading.cell($0.lesson),
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
            html.openTable(
                ["Time (UTC)", "Card", "Rating", "Answer", "Correct"].map { TableColumn($0) }
                    + [TableColumn("Seconds", .number)], class: "log")
            var moments = MomentText()
            for review in report.reviews {
                html.open("tr")
                html.trusted("<td class=\"when\">")
                html.text(moments.text(review.at))
                html.trusted("</td><td class=\"id\">")
                html.text(review.card)
                html.trusted("</td>")
                html.cell(review.rating.name)
                html.cell(review.answer ?? "")
                html.cell(review.correct.map { $0 ? "yes" : "no" } ?? "–")
                html.cell(ReportNumbers.seconds(review.seconds), numeric: true)
                html.close()
                html.newline()
            }
            html.closeTable()
        }
        html.close()
    }
}
