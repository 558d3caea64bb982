import TextFormats

/// CSV tables of a student report (RFC 4180, CRLF, formula-like cells neutralised).
public enum ReportCSV {
    /// The tables `--table` offers; `summary` is the default.
    public enum Table: String, Sendable, CaseIterable {
        case summary
        case reviews
        case decks
        case tags
        case exams
        /// The misconceptions behind wrong answers, and each exam's client-case scores.
        case misconceptions
        case cases
        /// The predicted exam readiness: the whole exam, then each blueprint area.
        case readiness
    }

    public static func encode(_ report: StudentReport, table: Table = .summary) -> String {
        let writer = CSVWriter()
        switch table {
        case .summary:
            return writer.document(summaryRows(report))
        case .reviews:
            var output = writer.record(["time", "card", "rating", "answer", "correct", "seconds"])
            output.reserveCapacity(report.reviews.count * 64)
            for review in report.reviews {
                output += writer.record([
                    ReportJSON.timestamp(review.at), review.card, ReportJSON.ratingName(review.rating),
                    review.answer ?? "", review.correct.map { $0 ? "yes" : "no" } ?? "",
                    ReportNumbers.seconds(review.seconds),
                ])
            }
            return output
        case .decks:
            return writer.document(groupRows(report.byDeck, nameHeader: "deck"))
        case .tags:
            return writer.document(groupRows(report.byTag, nameHeader: "tag"))
        case .exams:
            let header = [
                "started", "finished", "correct", "total", "score", "passed", "pass_mark", "by_deck",
                "by_tag",
            ]
            return writer.document(
                [header]
                    + report.exams.map { exam in
                        [
                            ReportJSON.timestamp(exam.startedAt),
                            exam.finishedAt.map(ReportJSON.timestamp) ?? "",
                            String(exam.correct), String(exam.total), ReportNumbers.fraction(exam.score),
                            exam.passed ? "yes" : "no", ReportNumbers.fraction(exam.passMark),
                            tallies(exam.byDeck), tallies(exam.byTag),
                        ]
                    })
        case .misconceptions:
            return writer.document(
                [["decks", "misconception", "text", "times_picked", "cards"]]
                    + report.misconceptions.map {
                        [
                            $0.decks.joined(separator: " "), $0.id, $0.text, String($0.count),
                            $0.cards.joined(separator: " "),
                        ]
                    })
        case .readiness:
            return writer.document(readinessRows(report))
        case .cases:
            return writer.document(
                [["exam_started", "case", "steps_right", "steps"]]
                    + report.exams.flatMap { exam in
                        exam.byCase.map {
                            [
                                ReportJSON.timestamp(exam.startedAt), $0.name, String($0.correct),
                                String($0.total),
                            ]
                        }
                    })
        }
    }

    private static func summaryRows(_ report: StudentReport) -> [[String]] {
        let totals = report.totals
        var rows: [[String]] = [
            ["field", "value"],
            ["student", report.student],
            ["generated_at", ReportJSON.timestamp(report.generatedAt)],
            ["since", report.period.sinceDay ?? ""],
            ["reviews", String(totals.reviews)],
            ["correct", String(totals.correct)],
            ["accuracy", ReportNumbers.fraction(totals.accuracy)],
            ["retention", ReportNumbers.fraction(totals.retention)],
            ["seconds_studied", String(Int(totals.secondsStudied.rounded()))],
            ["active_days", String(totals.activeDays)],
            ["streak", String(totals.streak)],
            ["longest_streak", String(totals.longestStreak)],
            ["lessons_read", String(totals.lessonsRead)],
            ["lessons_total", String(totals.lessonsTotal)],
            ["cards_total", String(report.cards.total)],
            ["cards_seen", String(report.cards.seen)],
            ["cards_mature", String(report.cards.mature)],
            ["leeches", String(report.cards.leeches)],
            ["exams", String(report.exams.count)],
            ["last_exam_score", ReportNumbers.fraction(report.exams.last?.score)],
            ["exam_trend", report.examTrend?.direction ?? ""],
        ]
        if let readiness = report.readiness {
            rows += [
                ["readiness", ReportNumbers.fraction(readiness.readiness)],
                ["readiness_exam", readiness.exam],
                ["readiness_exam_date", readiness.date ?? ""],
                ["readiness_predicted_for", ReportJSON.timestamp(readiness.predictedFor)],
            ]
            rows += readiness.history.map {
                ["readiness_at_\(ReportJSON.timestamp($0.at))", ReportNumbers.fraction($0.readiness)]
            }
        }
        rows += report.forecast.map { ["due_\($0.day)", String($0.due)] }
        return rows
    }

    /// One row for the whole exam (area `all`), then one per blueprint area; only the header
    /// when the report has no readiness (no exam date and no blueprint).
    private static func readinessRows(_ report: StudentReport) -> [[String]] {
        let header = [
            "exam", "exam_date", "predicted_for", "area", "name", "share", "questions", "studied",
            "readiness",
            "band",
        ]
        guard let readiness = report.readiness else { return [header] }
        let common = [readiness.exam, readiness.date ?? "", ReportJSON.timestamp(readiness.predictedFor)]
        let overall =
            common + [
                "all", "", "1", String(readiness.questions), String(readiness.studied),
                ReportNumbers.fraction(readiness.readiness), "",
            ]
        return [header, overall]
            + readiness.areas.map { area in
                common + [
                    area.id, area.name, ReportNumbers.fraction(area.share), String(area.questions),
                    String(area.studied), ReportNumbers.fraction(area.readiness), area.band,
                ]
            }
    }

    private static func groupRows(_ groups: [StudentReport.Group], nameHeader: String) -> [[String]] {
        [
            [
                nameHeader, "title", "cards_total", "cards_seen", "mature", "mean_retrievability", "reviews",
                "accuracy", "retention", "weakest",
            ]
        ]
            + groups.map { group in
                [
                    group.name, group.title, String(group.cardsTotal), String(group.cardsSeen),
                    String(group.mature),
                    ReportNumbers.fraction(group.meanRetrievability), String(group.reviews),
                    ReportNumbers.fraction(group.accuracy), ReportNumbers.fraction(group.retention),
                    group.weakest.map(\.card).joined(separator: " "),
                ]
            }
    }

    private static func tallies(_ list: [StudentReport.Tally]) -> String {
        list.map { "\($0.name) \($0.correct)/\($0.total)" }.joined(separator: "; ")
    }
}
