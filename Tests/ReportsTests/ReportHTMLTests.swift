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
        #expect(page.contains("section#log, section#items { break-before: page; }"))
        #expect(page.contains("h2 { break-after: avoid; }"))
    }

    @Test func sectionsCarryTheReportsFigures() {
        let parsed = XMLCheck.parse(ReportHTML.encode(fullHostileReport()))
        for text in [
            "Accuracy", "75%", "palpate read basics#taut-band", "2025-12-31 09:00 UTC", "@SUM(A1)",
        ] {
            #expect(parsed.text.contains(text), "\(text)")
        }
        // One exam is not a trend (it read "Trend: steady").
        #expect(!parsed.text.contains("Trend:"))
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

    @Test func weakQuestionsAreNamedByTheirTextWithTheAnswersGivenAndTheRightOne() {
        var report = fullHostileReport()
        report.weakest[0].answer = "Lateral border of the scapula"
        report.byDeck[0].weakest = report.weakest
        let page = ReportHTML.encode(report)
        let parsed = XMLCheck.parse(page)
        #expect(parsed.error == nil)
        // The deck table names its weakest question by its prompt, not only by its card id.
        let deckTable = section("decks", of: page)
        #expect(XMLCheck.parse(deckTable).text.contains("<script>alert(1)</script>"))
        #expect(deckTable.contains("title=\"d/q1\""))
        // The weakest section sets the wrong answers given beside the right one.
        let weakest = XMLCheck.parse(section("weakest", of: page)).text
        #expect(weakest.contains(formulaText))
        #expect(weakest.contains("Lateral border of the scapula"))
        #expect(weakest.contains("Your wrong answers"))
    }

    @Test func sharesRestingOnTooFewReviewsAreMarkedAsSuch() {
        var report = fullHostileReport()
        report.totals.reviews = 5
        report.totals.correct = 1
        report.totals.retention = 1
        report.totals.retentionReviews = 1
        report.byDeck[0].reviews = 40
        report.byDeck[0].correct = 30
        report.byDeck[0].retentionReviews = 2
        let page = ReportHTML.encode(report)
        let totals = XMLCheck.parse(section("totals", of: page)).text
        #expect(totals.contains("1 review: too few"))
        #expect(totals.contains("5 reviews: too few"))
        let decks = section("decks", of: page)
        // Accuracy over 40 reviews stands; retention over 2 is greyed with the reason.
        #expect(decks.contains("<td class=\"number\">75%</td>"))
        #expect(decks.contains("<td class=\"number few\" title=\"2 reviews: too few\">75%</td>"))

        report.totals.reviews = 40
        report.totals.correct = 20
        report.totals.retentionReviews = 12
        let enough = XMLCheck.parse(section("totals", of: ReportHTML.encode(report))).text
        #expect(!enough.contains("reviews: too few") && !enough.contains("review: too few"))
    }

    @Test func datesAndNumbersDoNotWrapAndTablesFitThePage() {
        let page = ReportHTML.encode(fullHostileReport())
        #expect(page.contains("<td class=\"when\">2025-12-31 09:00 UTC</td>"))
        #expect(page.contains("td.number, td.when { white-space: nowrap;"))
        #expect(
            page.contains(
                "table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; width: 100%; }"))
    }

    @Test func theClassPageSplitsWideMatricesAndNamesQuestionsByText() throws {
        var reports: [ClassReportBuilder.Source] = []
        for index in 0..<3 {
            var one = fullHostileReport()
            one.student = "Student \(index)"
            one.byTag =
                (0..<12).map {
                    StudentReport.Group(
                        name: "tag\($0)", title: "tag\($0)", cardsTotal: 4, cardsSeen: 2, reviews: 3,
                        correct: 2)
                } + [StudentReport.Group(name: "untouched", title: "untouched", cardsTotal: 4)]
            reports.append(.init(name: "\(index).json", bytes: Array(ReportJSON.encode(one).utf8)))
        }
        let (report, _) = ClassReportBuilder.build(reports, now: reportTime)
        let page = ClassReportHTML.encode(report)
        #expect(XMLCheck.parse(page).error == nil)
        let tags = section("tags", of: page)
        // 12 answered tags in tables of at most five columns; the untouched tag is only named.
        #expect(tags.components(separatedBy: "<table class=\"matrix\">").count - 1 == 3)
        #expect(XMLCheck.parse(tags).text.contains("No answers yet: untouched."))
        let items = section("items", of: page)
        #expect(items.contains("aria-label=\"Facility of the hardest questions\""))
        // The chart's label is the question's text, the card id only in its tooltip.
        #expect(items.contains("class=\"label end\">Prompt of d/q1</text>"))
        #expect(items.contains("<title>Prompt of d/q1: 50% (d/q1: 3 of 6 right)</title>"))
    }

    @Test func misconceptionsAndClientCaseScoresHaveTheirPlaceOnThePage() {
        var report = fullHostileReport()
        report.exams[0].byCase = [StudentReport.Tally(name: "Runner <b>heel</b>", correct: 4, total: 6)]
        let page = ReportHTML.encode(report)
        #expect(XMLCheck.parse(page).error == nil)
        let misconceptions = XMLCheck.parse(section("misconceptions", of: page)).text
        #expect(misconceptions.contains("Misconceptions behind wrong answers"))
        #expect(misconceptions.contains("<script>alert(1)</script>"))
        let exams = XMLCheck.parse(section("exams", of: page)).text
        #expect(exams.contains("Runner <b>heel</b>"))
        #expect(exams.contains("4 of 6"))
        report.misconceptions = []
        #expect(!ReportHTML.encode(report).contains("id=\"misconceptions\""))
    }

    /// The markup of `<section id="id">` up to the next section.
    private func section(_ id: String, of page: String) -> String {
        guard let start = page.range(of: "<section id=\"\(id)\"") else { return "" }
        let rest = page[start.lowerBound...]
        let end = rest.dropFirst().range(of: "<section")?.lowerBound ?? rest.endIndex
        return String(rest[..<end]).replacingOccurrences(of: "\n<", with: "<")
    }
}
