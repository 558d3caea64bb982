import Insights

/// The rows and sentences the Markdown and HTML class reports share, so both say the same thing.
enum ClassReportTables {
    static let studentHeader = [
        "Student", "Last active", "Reviews", "Accuracy", "Retention", "Cards seen", "Leeches", "Exams",
        "Last exam",
    ]

    static func studentRows(_ report: ClassReport) -> [[String]] {
        report.students.map {
            [
                $0.name, ReportNumbers.moment($0.lastActive), String($0.reviews),
                ReportNumbers.percent($0.accuracy),
                ReportNumbers.percent($0.retention), "\($0.cardsSeen)/\($0.cardsTotal)", String($0.leeches),
                String($0.exams), ReportNumbers.percent($0.lastExamScore),
            ]
        }
    }

    static func deckRows(_ report: ClassReport) -> [[String]] {
        report.students.map { student in
            [student.name]
                + report.deckIDs.map { deck in
                    guard let cell = student.byDeck[deck] else { return "–" }
                    return
                        "\(ReportNumbers.percent(cell.accuracy)) / \(ReportNumbers.percent(cell.retention)) / "
                        + "\(cell.cardsSeen)/\(cell.cardsTotal)"
                }
        }
    }

    static func tagRows(_ report: ClassReport) -> [[String]] {
        report.students.map { student in
            [student.name]
                + report.tags.map { tag in
                    guard let cell = student.byTag[tag] else { return "–" }
                    return
                        "\(ReportNumbers.percent(cell.accuracy)) / \(ReportNumbers.percent(cell.retention))"
                }
        }
    }

    static let riskRule =
        "At risk: no review for \(AtRiskRule.inactiveDays) days or more, retention under "
        + "\(ReportNumbers.percent(AtRiskRule.lowRetention)) over at least \(AtRiskRule.minimumRetentionReviews) "
        + "reviews of graduated cards, \(AtRiskRule.manyLeeches) leeches or more, a predicted exam readiness under "
        + "the \(ReportNumbers.percent(ExamReadiness.passMark)) pass mark with fewer than \(AtRiskRule.examDaysLeft) "
        + "days to the exam, or a predicted readiness down \(Int((AtRiskRule.readinessFall * 100).rounded())) points "
        + "or more since the previous figure (the student's previous report when you merge it too, else their "
        + "report's own figure a week earlier)."

    static let readinessNote =
        "Predicted by each student's scheduler (FSRS's memory model) for their exam day, or for the report's day "
        + "without a date: a prediction, not a score. Change: since the student's previous report when merged too, "
        + "else since their report's own figure a week earlier. Bands against the "
        + "\(ReportNumbers.percent(ExamReadiness.passMark)) pass mark: good 80% or more, borderline 60–79%, poor under 60%."

    static func readinessHeader(_ report: ClassReport) -> [String] {
        ["Student", "Exam", "Readiness", "Change"] + report.readinessAreas.map(\.name)
    }

    /// One row per student with a readiness: the figure, its change, and each area's figure and band.
    static func readinessRows(_ report: ClassReport) -> [[String]] {
        let areas = report.readinessAreas
        return report.students.compactMap { student in
            guard let readiness = student.readiness else { return nil }
            return [
                student.name,
                readiness.date.map { "\(readiness.exam) on \($0)" } ?? "\(readiness.exam) (today)",
                ReportNumbers.percent(readiness.readiness), change(student),
            ]
                + areas.map { area in
                    guard let figure = readiness.areas.first(where: { $0.id == area.id }) else { return "–" }
                    return "\(ReportNumbers.percent(figure.readiness)) \(figure.band)"
                }
        }
    }

    /// `−5 points since 2026-02-22`, or `–`.
    static func change(_ student: ClassReport.StudentRow) -> String {
        guard let change = student.readinessChange, let previous = student.previousReadiness else {
            return "–"
        }
        let since = ReportJSON.timestamp(previous.at).prefix(10)
        return Int((change * 100).rounded()) == 0
            ? "no change since \(since)" : "\(AtRiskRule.points(change)) since \(since)"
    }

    static let itemMethod =
        "Facility is the share of attempts answered right. Discrimination is upper minus lower group: students "
        + "are ranked by overall accuracy, and the mean share right of the top \(Int(ItemAnalysis.groupShare * 100))% "
        + "minus that of the bottom \(Int(ItemAnalysis.groupShare * 100))% (−1 to +1; near 0 or negative means the "
        + "question does not separate strong from weak students — check its wording and key)."

    static let itemHeader = [
        "Card", "Question", "Students", "Attempts", "Facility", "Discrimination", "Most common wrong answer",
        "Reread",
    ]

    static func itemRows(_ report: ClassReport) -> [[String]] {
        report.items.map {
            [
                $0.card, $0.prompt, String($0.students), String($0.attempts),
                ReportNumbers.percent($0.facility),
                discrimination($0.discrimination),
                $0.commonWrongAnswer.map { "\($0.answer) (×\($0.count))" } ?? "–",
                LessonReading.cell($0.lesson),
            ]
        }
    }

    /// `+0.35`, or `–` when too few students answered to rank them.
    static func discrimination(_ value: Double?) -> String {
        value.map { String(format: "%+.2f", $0) } ?? "–"
    }

    static let misconceptionNote =
        "How many students picked a distractor that stands for each misconception (as the deck's author "
        + "tagged it), and how often. A misconception several decks name is one row, with every deck "
        + "it came up in."

    static let misconceptionHeader = ["Misconception", "Decks", "Students", "Picks", "Who (picks)"]

    static func misconceptionRows(_ report: ClassReport) -> [[String]] {
        report.misconceptions.map { spread in
            [
                spread.sentence, spread.decks.joined(separator: ", "), String(spread.holders.count),
                String(spread.picks),
                spread.holders.map { "\($0.student) (\($0.count))" }.joined(separator: ", "),
            ]
        }
    }

    static func examSummary(_ exams: ExamDistribution) -> String {
        guard exams.count > 0 else { return "No practice exams in these reports." }
        return "\(exams.count) exams, \(exams.passed) passed; mean \(ReportNumbers.percent(exams.mean)), "
            + "median \(ReportNumbers.percent(exams.median))."
    }
}
