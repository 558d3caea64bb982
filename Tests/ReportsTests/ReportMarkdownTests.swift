import Testing

@testable import Reports

@Suite struct ReportMarkdownTests {
    @Test func everySectionHasItsHeadingAndTable() {
        let markdown = ReportMarkdown.encode(fullHostileReport())
        for heading in [
            "## Totals", "## By deck", "## By tag", "## Weakest questions", "## Practice exams",
            "## Due reviews, next 2 days", "## Leeches", "## Review log",
        ] {
            #expect(markdown.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(markdown.contains("| Reviews | 4 |"))
        #expect(markdown.contains("| 2026-01-01 | 2 |"))
        // One exam is not a trend (it read "Trend: steady (1 exams, …").
        #expect(!markdown.contains("Trend:"))
    }

    @Test func deckTextIsInert() {
        let markdown = ReportMarkdown.encode(fullHostileReport())
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"quoted\", comma new line &amp; '"))
        #expect(!markdown.contains("\u{1B}"))
    }

    @Test func theClassReportHasTheItemAnalysisAndTheRiskRule() {
        let reports = [
            studentReport("A", correct: 2, reviews: 2, items: [item("d/q1", attempts: 2, correct: 2)]),
            studentReport(
                "B", correct: 0, reviews: 2,
                items: [item("d/q1", attempts: 2, correct: 0, wrong: [("Toxin", 2)])]),
        ]
        let (report, _) = ClassReportBuilder.build(
            reports.map {
                ClassReportBuilder.Source(name: $0.student, bytes: Array(ReportJSON.encode($0).utf8))
            },
            now: reportTime)
        let markdown = ClassReportMarkdown.encode(report)
        #expect(
            markdown.contains(
                "| d/q1 | Prompt of d/q1 | 2 | 4 | 50% | +1.00 | Toxin (×2) | palpate read basics |"))
        #expect(markdown.contains("At risk: no review for 7 days or more"))
    }
}
