import Foundation
import Insights
import Scheduling
import Testing
import TextFormats

@testable import Reports

/// Readiness in the class view: per student and per area in every format, and a fall flagged.
@Suite struct ClassReadinessTests {
    private func source(_ name: String, _ report: StudentReport) -> ClassReportBuilder.Source {
        ClassReportBuilder.Source(name: name, bytes: Array(ReportJSON.encode(report).utf8))
    }

    /// A report 30 days before its exam, readiness `now`, its own figure a week before `weekAgo`.
    private func ready(
        _ name: String, _ now: Double, weekAgo: Double? = nil, generatedAt: Date = reportTime,
        pathology: Double = 0.55
    ) -> StudentReport {
        var report = studentReport(name, generatedAt: generatedAt)
        let today = Int((generatedAt.timeIntervalSince1970 / 86_400).rounded(.down))
        report.readiness = StudentReport.Readiness(
            exam: "MBLEx", date: CivilDay(ordinal: today + 30).description, predictedFor: generatedAt,
            readiness: now, questions: 100, studied: 80,
            areas: [
                .init(
                    id: "ethics", name: "Ethics <&>", share: 0.5, questions: 50, studied: 40, readiness: 0.9,
                    band: "good"),
                .init(
                    id: "pathology", name: "=Pathology", share: 0.5, questions: 50, studied: 40,
                    readiness: pathology, band: "poor"),
            ],
            history: weekAgo.map {
                [ReadinessHistory.Point(at: generatedAt.addingTimeInterval(-7 * 86_400), readiness: $0)]
            } ?? [])
        return report
    }

    @Test func aStudentWhoseReadinessFellThreePointsInAWeekIsAtRisk() {
        let (report, _) = ClassReportBuilder.build(
            [
                source("fall.json", ready("Falling", 0.75, weekAgo: 0.80)),
                source("steady.json", ready("Steady", 0.75, weekAgo: 0.76)),
                source("new.json", ready("Newcomer", 0.75)),
            ],
            now: reportTime)
        let day = String(ReportJSON.timestamp(reportTime.addingTimeInterval(-7 * 86_400)).prefix(10))
        #expect(
            report.atRisk == [
                ClassReport.AtRisk(
                    student: "Falling",
                    reasons: ["predicted readiness falling: 80% on \(day) → 75% (−5 points)"])
            ])
        #expect(report.students.first { $0.name == "Newcomer" }?.readinessChange == nil)
    }

    @Test func anOlderReportOfTheSameStudentIsWhatTheFallIsMeasuredFrom() {
        // Last week's file says 85%; this week's report's own week-old figure says 74%: the file the
        // instructor kept wins, as it is what they saw.
        let lastWeek = ready("Ana", 0.85, generatedAt: reportTime.addingTimeInterval(-6 * 86_400))
        let (report, problems) = ClassReportBuilder.build(
            [source("w2/ana.json", ready("Ana", 0.76, weekAgo: 0.74)), source("w1/ana.json", lastWeek)],
            now: reportTime)
        #expect(problems.count == 1)
        let ana = report.students.first
        #expect(ana?.previousReadiness?.readiness == 0.85)
        #expect(report.atRisk.first?.reasons.first?.hasPrefix("predicted readiness falling: 85% on ") == true)
    }

    /// A change of one point is "1 point" (it said "+1 points").
    @Test func aChangeOfOnePointIsSingular() {
        #expect(AtRiskRule.points(0.01) == "+1 point")
        #expect(AtRiskRule.points(-0.01) == "−1 point")
        #expect(AtRiskRule.points(0.05) == "+5 points")
        #expect(AtRiskRule.points(0) == "+0 points")
    }

    @Test func everyFormatShowsReadinessPerStudentAndPerArea() throws {
        let (report, _) = ClassReportBuilder.build(
            [source("a.json", ready("Ana <b>", 0.75, weekAgo: 0.8)), source("b.json", studentReport("Ben"))],
            now: reportTime)
        let markdown = ClassReportMarkdown.encode(report)
        #expect(markdown.contains("## Exam readiness (predicted)"))
        #expect(
            markdown.contains("| Student | Exam | Readiness | Change | Ethics &lt;&amp;&gt; | =Pathology |"))
        #expect(markdown.contains("| 75% | −5 points since "))
        #expect(markdown.contains("| 90% good | 55% poor |"))

        let html = ClassReportHTML.encode(report)
        #expect(XMLCheck.parse(html).error == nil)
        #expect(html.contains("<section id=\"readiness\">"))
        #expect(html.contains("Ethics &lt;&amp;&gt;"))
        #expect(html.contains("Ana &lt;b&gt;"))
        #expect(!html.contains("Ana <b>"))
        #expect(html.contains("<td class=\"number risk\""))

        let rows = try CSVReader.records(in: ClassReportCSV.encode(report)).map(\.fields)
        let header = try #require(rows.first)
        for column in ["readiness", "readiness_previous", "readiness_change", "area:pathology:readiness"] {
            #expect(header.contains(column), "\(column)")
        }
        #expect(Set(rows.map(\.count)).count == 1)
        let ana = try #require(rows.first { $0.first == "Ana <b>" })
        #expect(ana[try #require(header.firstIndex(of: "readiness"))] == "0.750")
        #expect(ana[try #require(header.firstIndex(of: "readiness_change"))] == "-0.050")
        #expect(ana[try #require(header.firstIndex(of: "area:pathology:band"))] == "poor")
        let ben = try #require(rows.first { $0.first == "Ben" })
        #expect(ben[try #require(header.firstIndex(of: "readiness"))] == "")

        let json = try JSONParser.parse(Array(ClassReportJSON.encode(report).utf8))
        let text = ClassReportJSON.encode(report)
        #expect(text.contains("\"readiness_change\" : -0.05") || text.contains("\"readiness_change\": -0.05"))
        _ = json
    }

    @Test func anAreaNameLikeAFormulaIsNeutralisedInTheCSVHeaderAndCells() throws {
        let (report, _) = ClassReportBuilder.build([source("a.json", ready("=cmd", 0.7))], now: reportTime)
        let csv = ClassReportCSV.encode(report)
        #expect(csv.contains("\r\n'=cmd,"))
        #expect(!csv.contains("\r\n=cmd,"))
    }
}
