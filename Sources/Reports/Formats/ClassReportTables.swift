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
        + "reviews of graduated cards, or \(AtRiskRule.manyLeeches) leeches or more."

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
        + "tagged it), and how often."

    static let misconceptionHeader = ["Misconception", "Deck", "Students", "Picks", "Who (picks)"]

    static func misconceptionRows(_ report: ClassReport) -> [[String]] {
        report.misconceptions.map { spread in
            [
                spread.sentence, spread.deck, String(spread.holders.count),
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
