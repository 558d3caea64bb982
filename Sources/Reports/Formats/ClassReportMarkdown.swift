/// The class report as Markdown: the same sections as the HTML page.
public enum ClassReportMarkdown {
    public static func encode(_ report: ClassReport) -> String {
        var out = "# Class report\n\n"
        out += "- Students: \(report.students.count)\n"
        out += "- Generated: \(ReportNumbers.moment(report.generatedAt))\n\n"
        out += "## Students\n\n"
        out += MarkdownText.table(
            ClassReportTables.studentHeader, ClassReportTables.studentRows(report),
            rightAligned: Set(2..<ClassReportTables.studentHeader.count))
        out += "\n## Students × decks (accuracy / retention / cards seen)\n\n"
        out += MarkdownText.table(["Student"] + report.deckIDs, ClassReportTables.deckRows(report))
        out += "\n## Students × tags (accuracy / retention)\n\n"
        out += MarkdownText.table(["Student"] + report.tags, ClassReportTables.tagRows(report))
        out += "\n## Students at risk\n\n"
        out += "\(ClassReportTables.riskRule)\n\n"
        out +=
            report.atRisk.isEmpty
            ? "None.\n"
            : MarkdownText.table(
                ["Student", "Why"], report.atRisk.map { [$0.student, $0.reasons.joined(separator: "; ")] })
        out += "\n## Item analysis (hardest first)\n\n\(ClassReportTables.itemMethod)\n\n"
        out +=
            report.items.isEmpty
            ? "No answered questions.\n"
            : MarkdownText.table(
                ClassReportTables.itemHeader, ClassReportTables.itemRows(report), rightAligned: [2, 3, 4, 5])
        out += "\n## Lessons to revisit\n\n"
        out +=
            report.revisit.isEmpty
            ? "No lesson stands out.\n"
            : MarkdownText.table(
                ["Lesson", "Mean facility", "Questions"],
                report.revisit.map {
                    [
                        LessonReading.cell($0.lesson), ReportNumbers.percent($0.facility),
                        $0.cards.joined(separator: ", "),
                    ]
                }, rightAligned: [1])
        out += "\n## Misconceptions\n\n\(ClassReportTables.misconceptionNote)\n\n"
        out +=
            report.misconceptions.isEmpty
            ? "No answer points to a tagged misconception.\n"
            : MarkdownText.table(
                ClassReportTables.misconceptionHeader, ClassReportTables.misconceptionRows(report),
                rightAligned: [2, 3])
        out += "\n## Exam scores\n\n\(ClassReportTables.examSummary(report.exams))\n\n"
        out += MarkdownText.table(
            ["Score", "Exams"],
            report.exams.bands.enumerated().map {
                [ExamDistribution.bandLabel($0.offset), String($0.element)]
            },
            rightAligned: [1])
        return out
    }
}
