import Foundation
import Insights
import Testing
import TextFormats

@testable import Reports

/// The hostile report with a readiness: an exam named like a formula, two areas, and a history
/// of four weekly points.
func reportWithReadiness(exam: String = "MBLEx") -> StudentReport {
    var report = fullHostileReport()
    report.readiness = StudentReport.Readiness(
        exam: exam, date: "2026-03-24", predictedFor: Date(timeIntervalSince1970: 1_774_324_800),
        readiness: 0.78, questions: 120, studied: 90,
        areas: [])
    report.readiness?.areas = [
        .init(
            id: "ethics", name: "Ethics", share: 0.6, questions: 70, studied: 60, readiness: 0.85,
            band: "good"),
        .init(
            id: "pathology", name: "=Pathology", share: 0.4, questions: 50, studied: 30, readiness: 0.675,
            band: "borderline"),
    ]
    let weeks: [Int] = [4, 3, 2, 1]
    report.readiness?.history = weeks.map { week -> ReadinessHistory.Point in
        let at = report.generatedAt.addingTimeInterval(-Double(week) * 7 * 86_400)
        return ReadinessHistory.Point(at: at, readiness: 0.8 - Double(week) / 100)
    }
    return report
}

@Suite struct ReportReadinessTests {
    @Test func theCSVReadinessTableHasTheWholeExamThenEachAreaNeutralised() throws {
        let csv = ReportCSV.encode(reportWithReadiness(exam: "@MBLEx"), table: .readiness)
        let rows = try CSVReader.records(in: csv).map(\.fields)
        #expect(
            rows.first
                == [
                    "exam", "exam_date", "predicted_for", "area", "name", "share", "questions", "studied",
                    "readiness", "band",
                ])
        #expect(rows.count == 4)
        #expect(
            rows[1] == [
                "'@MBLEx", "2026-03-24", "2026-03-24T04:00:00Z", "all", "", "1", "120", "90", "0.780", "",
            ])
        #expect(rows[3][3...] == ["pathology", "'=Pathology", "0.400", "50", "30", "0.675", "borderline"])
        // Without a readiness, the header alone.
        #expect(ReportCSV.encode(fullHostileReport(), table: .readiness).split(separator: "\r\n").count == 1)
    }

    @Test func theCSVSummaryCarriesTheReadinessAndItsHistory() {
        let report = reportWithReadiness()
        let csv = ReportCSV.encode(report)
        #expect(csv.contains("\r\nreadiness,0.780\r\n"))
        #expect(csv.contains("\r\nreadiness_exam_date,2026-03-24\r\n"))
        let weekBefore = ReportJSON.timestamp(report.generatedAt.addingTimeInterval(-7 * 86_400))
        #expect(csv.contains("\r\nreadiness_at_\(weekBefore),0.790\r\n"))
    }

    @Test func theHistoryReadsBackAndShowsInMarkdownAndHTML() throws {
        let report = reportWithReadiness()
        let text = ReportJSON.encode(report)
        let decoded = try ReportJSON.decode(Array(text.utf8), file: "r.json")
        #expect(decoded.readiness?.history.count == 4)
        #expect(decoded.readiness?.weekBefore(decoded.generatedAt)?.readiness == 0.79)
        let schema = try JSONParser.parse(Array(try Data(contentsOf: reportSchemaURL)))
        #expect(
            JSONSchemaValidator.validate(try JSONParser.parse(Array(text.utf8)), schema: schema).map(
                \.description) == [])
        #expect(ReportMarkdown.encode(report).contains("| As it stood on | Readiness |"))
        #expect(ReportHTML.encode(report).contains("as it stood at the end of each of the last weeks"))
    }

    private func withReadiness() -> StudentReport {
        var report = fullHostileReport()
        report.readiness = StudentReport.Readiness(
            exam: "MBLEx", date: "2026-03-24", predictedFor: Date(timeIntervalSince1970: 1_774_324_800),
            readiness: 0.78, questions: 120, studied: 90,
            areas: [
                .init(
                    id: "ethics", name: "Ethics", share: 0.6, questions: 70, studied: 60, readiness: 0.85,
                    band: "good"),
                .init(
                    id: "pathology", name: "Pathology", share: 0.4, questions: 50, studied: 30,
                    readiness: 0.675,
                    band: "borderline"),
            ])
        return report
    }

    @Test func readinessReadsBackAndFollowsTheSchema() throws {
        let text = ReportJSON.encode(withReadiness())
        let decoded = try ReportJSON.decode(Array(text.utf8), file: "r.json")
        #expect(decoded.readiness == withReadiness().readiness)
        let schema = try JSONParser.parse(Array(try Data(contentsOf: reportSchemaURL)))
        #expect(
            JSONSchemaValidator.validate(try JSONParser.parse(Array(text.utf8)), schema: schema).map(
                \.description) == [])
    }

    @Test func aReportWithoutReadinessHasNoField() throws {
        let text = ReportJSON.encode(fullHostileReport())
        #expect(!text.contains("\"readiness\""))
        #expect(try ReportJSON.decode(Array(text.utf8), file: "r.json").readiness == nil)
    }

    @Test func markdownSaysItIsAPrediction() {
        let text = ReportMarkdown.encode(withReadiness())
        #expect(text.contains("## Exam readiness"))
        #expect(text.contains("Predicted for MBLEx on 2026-03-24: **78%**"))
        #expect(text.contains("A prediction from the scheduler's memory model, not a score."))
        #expect(
            text.contains("| Pathology | 40% | 30/50 | 68% | borderline |") || text.contains("borderline"))
    }

    @Test func theHTMLPageHasAReadinessSectionWithAChartAndTheAreas() {
        let page = ReportHTML.encode(withReadiness())
        #expect(page.contains("id=\"readiness\""))
        #expect(page.contains("Exam readiness"))
        #expect(page.contains("MBLEx on 2026-03-24"))
        // Its headline is not greyed: the note says what it is for, not that data are too few.
        #expect(page.contains("<div><dt>Predicted score</dt>"))
        #expect(page.contains("Predicted score per content area"))
        #expect(page.contains("borderline"))
        #expect(!ReportHTML.encode(fullHostileReport()).contains("id=\"readiness\""))
    }
}
