import Decks

/// A student report as Markdown: headed sections and tables, for notes and e-mail.
public enum ReportMarkdown {
    public static func encode(_ report: StudentReport) -> String {
        var out = "# Progress report: \(MarkdownText.escape(displayName(report.student)))\n\n"
        out += "- Period: \(MarkdownText.escape(periodText(report.period)))\n"
        out +=
            "- Generated: \(ReportNumbers.moment(report.generatedAt)) (time zone \(MarkdownText.escape(report.timeZone)))\n"
        out += "- Format: \(StudentReport.formatName)\n\n"

        let totals = report.totals
        out += "## Totals\n\n"
        out += MarkdownText.table(
            ["Measure", "Value"],
            [
                ["Reviews", String(totals.reviews)],
                ["Accuracy", ReportNumbers.percent(totals.accuracy)],
                [
                    "Retention (graduated cards)",
                    "\(ReportNumbers.percent(totals.retention)) of \(totals.retentionReviews)",
                ],
                ["Time studied", ReportNumbers.duration(totals.secondsStudied)],
                ["Days studied", String(totals.activeDays)],
                ["Streak", "\(ReportNumbers.days(totals.streak)) (longest \(totals.longestStreak))"],
                ["Lessons read", "\(totals.lessonsRead) of \(totals.lessonsTotal)"],
                [
                    "Cards seen",
                    "\(report.cards.seen) of \(report.cards.total) (\(report.cards.mature) mature)",
                ],
                ["Leeches", String(report.cards.leeches)],
                ["Last active", ReportNumbers.moment(totals.lastActive)],
            ], rightAligned: [1])
        out += "\n## By deck\n\n" + groupTable(report.byDeck, nameHeader: "Deck")
        out += "\n## By tag\n\n" + groupTable(report.byTag, nameHeader: "Tag")

        out += "\n## Weakest questions\n\n"
        if report.weakest.isEmpty {
            out += "No question forgotten yet.\n"
        } else {
            out += MarkdownText.table(
                ["Card", "Question", "Lapses", "Wrong", "Right answer", "Reread"],
                report.weakest.map {
                    [
                        $0.card, $0.prompt, String($0.lapses), String($0.wrong), $0.answer ?? "–",
                        lessonText($0.lesson, $0.lessonTitle),
                    ]
                }, rightAligned: [2, 3])
        }

        out += "\n## Practice exams\n\n"
        if report.exams.isEmpty {
            out += "No practice exam in this period.\n"
        } else {
            if let trend = report.examTrend, let direction = trend.direction {
                out +=
                    "Trend: \(direction) (\(trend.exams) exams, first \(ReportNumbers.percent(trend.first)), "
                    + "last \(ReportNumbers.percent(trend.last)), best \(ReportNumbers.percent(trend.best)), "
                    + "mean \(ReportNumbers.percent(trend.mean))).\n\n"
            }
            out += MarkdownText.table(
                ["Date", "Score", "Result", "By deck", "By tag"],
                report.exams.map { exam in
                    [
                        ReportNumbers.moment(exam.startedAt),
                        "\(ExamResult.marks(exam.score * Double(exam.total), outOf: exam.total)) (\(ReportNumbers.percent(exam.score)))",
                        exam.passed ? "pass" : "fail", tallies(exam.byDeck), tallies(exam.byTag),
                    ]
                }, rightAligned: [1])
            let cases = report.exams.flatMap { exam in exam.byCase.map { (exam.startedAt, $0) } }
            if !cases.isEmpty {
                out += "\n### Client cases in exams\n\n"
                out += MarkdownText.table(
                    ["Date", "Case", "Steps right", "Score"],
                    cases.map { startedAt, tally in
                        [
                            ReportNumbers.moment(startedAt), tally.name, "\(tally.correct)/\(tally.total)",
                            ReportNumbers.percent(
                                tally.total == 0 ? nil : Double(tally.correct) / Double(tally.total)),
                        ]
                    }, rightAligned: [2, 3])
            }
        }
        if !report.misconceptions.isEmpty {
            out += "\n## Misconceptions behind wrong answers\n\n"
            out += MarkdownText.table(
                ["Misconception", "Decks", "Times picked", "Questions"],
                report.misconceptions.map {
                    [
                        $0.text, $0.decks.joined(separator: ", "), String($0.count),
                        $0.cards.joined(separator: ", "),
                    ]
                }, rightAligned: [2])
        }

        if let readiness = report.readiness {
            out += "\n## Exam readiness\n\n"
            out +=
                "Predicted for \(MarkdownText.escape(readiness.exam))"
                + (readiness.date.map { " on \($0)" } ?? " if it were today")
                + ": **\(ReportNumbers.percent(readiness.readiness))** of an exam drawn from the course answered right "
                + "(\(readiness.studied) of \(readiness.questions) questions studied). A prediction from the scheduler's "
                + "memory model, not a score.\n"
            if !readiness.areas.isEmpty {
                out += "\n"
                out += MarkdownText.table(
                    ["Area", "Weight", "Studied", "Predicted", "Band"],
                    readiness.areas.map {
                        [
                            $0.name, ReportNumbers.percent($0.share), "\($0.studied)/\($0.questions)",
                            ReportNumbers.percent($0.readiness), $0.band,
                        ]
                    }, rightAligned: [1, 2, 3])
            }
            if !readiness.history.isEmpty {
                out += "\nThe same prediction made at the end of each of the last weeks:\n\n"
                out += MarkdownText.table(
                    ["As it stood on", "Readiness"],
                    readiness.history.map {
                        [String(ReportJSON.timestamp($0.at).prefix(10)), ReportNumbers.percent($0.readiness)]
                    }
                        + [
                            [
                                String(ReportJSON.timestamp(report.generatedAt).prefix(10)),
                                ReportNumbers.percent(readiness.readiness),
                            ]
                        ],
                    rightAligned: [1])
            }
        }

        out += "\n## Due reviews, next \(report.forecast.count) days\n\n"
        out += MarkdownText.table(
            ["Day", "Due"], report.forecast.map { [$0.day, String($0.due)] }, rightAligned: [1])

        out += "\n## Leeches\n\n"
        if report.leeches.isEmpty {
            out += "None.\n"
        } else {
            out += MarkdownText.table(
                ["Card", "Question", "Lapses", "Suspended", "Reread"],
                report.leeches.map {
                    [
                        $0.card, $0.prompt, String($0.lapses), $0.suspended ? "yes" : "no",
                        LessonReading.cell($0.lesson),
                    ]
                }, rightAligned: [2])
        }

        out += "\n## Review log\n\n"
        if report.reviews.isEmpty {
            out += "No review in this period.\n"
        } else {
            out += MarkdownText.table(
                ["Time", "Card", "Rating", "Answer", "Correct", "Seconds"],
                report.reviews.map {
                    [
                        ReportJSON.timestamp($0.at), $0.card, $0.rating.name, $0.answer ?? "",
                        $0.correct.map { $0 ? "yes" : "no" } ?? "–", ReportNumbers.seconds($0.seconds),
                    ]
                }, rightAligned: [5])
        }
        return out
    }

    static func displayName(_ name: String) -> String { name.isEmpty ? "(no name set)" : name }

    static func periodText(_ period: StudentReport.Period) -> String {
        let end = ReportNumbers.moment(period.end)
        guard let since = period.sinceDay else { return "whole history to \(end)" }
        return "\(since) to \(end)"
    }

    private static func lessonText(_ lesson: String, _ title: String?) -> String {
        guard let command = LessonReading.command(lesson) else { return LessonReading.cell(lesson) }
        return title.map { "\($0) (\(command))" } ?? command
    }

    private static func groupTable(_ groups: [StudentReport.Group], nameHeader: String) -> String {
        guard !groups.isEmpty else { return "Nothing to show.\n" }
        return MarkdownText.table(
            StudentReport.Group.tableHeader(nameHeader), groups.map(\.tableRow),
            rightAligned: StudentReport.Group.numericColumns)
    }

    private static func tallies(_ list: [StudentReport.Tally]) -> String {
        list.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: ", ")
    }
}
