import Foundation
import Testing

@testable import Reports

@Suite struct ReportHTMLTests {
    @Test func thePageIsWellFormedXMLWithDeckTextOnlyAsText() {
        let page = ReportHTML.encode(fullHostileReport())
        let parsed = XMLCheck.parse(page)
        #expect(parsed.error == nil)
        #expect(!parsed.elements.contains("script"))
        #expect(!parsed.elements.contains("b"))
        #expect(parsed.text.contains("<script>alert(1)</script>"))
        #expect(parsed.text.contains("Ana <b>\"&\"</b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("\u{1B}"))
    }

    @Test func thePageHasTheFourChartsAndNothingFetchedFromElsewhere() {
        let page = ReportHTML.encode(fullHostileReport())
        let parsed = XMLCheck.parse(page)
        #expect(parsed.elements.count { $0 == "svg" } == 4)
        #expect(page.contains("aria-label=\"Reviews per day from"))
        #expect(page.contains("aria-label=\"Accuracy by tag\""))
        #expect(page.contains("aria-label=\"Exam scores, oldest first\""))
        #expect(page.contains("aria-label=\"Reviews due per day, today first\""))
        for external in ["<link", "<img", "<script", "src=", "@import", "url("] {
            #expect(!page.contains(external), "\(external)")
        }
        #expect(page.contains("@media print"))
        #expect(page.contains("break-before: page"))
    }

    @Test func sectionsCarryTheReportsFigures() {
        let parsed = XMLCheck.parse(ReportHTML.encode(fullHostileReport()))
        for text in [
            "Accuracy", "75%", "Trend: steady", "palpate read basics#taut-band", "2025-12-31 09:00 UTC",
            "@SUM(A1)",
        ] {
            #expect(parsed.text.contains(text), "\(text)")
        }
    }

    @Test func anEmptyReportIsStillAWellFormedPage() {
        let report = StudentReport(
            student: "", generatedAt: reportTime, timeZone: "UTC", period: .init(end: reportTime))
        let parsed = XMLCheck.parse(ReportHTML.encode(report))
        #expect(parsed.error == nil)
        #expect(parsed.text.contains("(no name set)"))
        #expect(parsed.text.contains("No practice exam in this period."))
    }

    @Test func theClassPageIsWellFormedToo() {
        var one = fullHostileReport()
        one.student = "<script>evil()</script>"
        let (report, _) = ClassReportBuilder.build(
            [ClassReportBuilder.Source(name: "a.json", bytes: Array(ReportJSON.encode(one).utf8))],
            now: reportTime)
        let parsed = XMLCheck.parse(ClassReportHTML.encode(report))
        #expect(parsed.error == nil)
        #expect(!parsed.elements.contains("script"))
        #expect(parsed.text.contains("<script>evil()</script>"))
        #expect(parsed.text.contains(formulaText))
    }
}
