import Foundation
import Testing
import TextFormats

@testable import Reports

@Suite struct ReportReadinessTests {
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
        #expect(page.contains("Predicted score per content area"))
        #expect(page.contains("borderline"))
        #expect(!ReportHTML.encode(fullHostileReport()).contains("id=\"readiness\""))
    }
}
