import Foundation
import Testing

@testable import Reports

/// Questions imported without a lesson (issue 17) have none to read: no report, in any format,
/// prints "palpate read " with nothing after it; a table cell says "no lesson linked".
@Suite struct UnlinkedLessonTests {
    private func unlinkedReport() -> StudentReport {
        var report = fullHostileReport()
        report.weakest = report.weakest.map {
            var weak = $0
            weak.lesson = ""
            weak.lessonTitle = nil
            return weak
        }
        report.byDeck = report.byDeck.map {
            var group = $0
            group.weakest = report.weakest
            return group
        }
        report.leeches = report.leeches.map {
            var leech = $0
            leech.lesson = ""
            return leech
        }
        report.items = [item("d/q1", attempts: 2, correct: 0, wrong: [("x", 2)], lesson: "")]
        return report
    }

    @Test func aStudentReportSuggestsNoReadingForAQuestionWithoutALesson() {
        let report = unlinkedReport()
        for (format, text) in [
            ("markdown", ReportMarkdown.encode(report)), ("html", ReportHTML.encode(report)),
            ("csv", ReportCSV.Table.allCases.map { ReportCSV.encode(report, table: $0) }.joined()),
        ] {
            #expect(!text.contains("palpate read"), "\(format)")
        }
        #expect(ReportMarkdown.encode(report).contains("no lesson linked"))
        #expect(ReportHTML.encode(report).contains("no lesson linked"))
    }

    @Test func aClassReportNamesNoLessonForHardQuestionsWithoutOne() {
        let student = unlinkedReport()
        let (report, _) = ClassReportBuilder.build(
            [ClassReportBuilder.Source(name: "a.json", bytes: Array(ReportJSON.encode(student).utf8))],
            now: reportTime)
        #expect(report.revisit.map(\.lesson) == [""])
        let texts =
            [ClassReportMarkdown.encode(report), ClassReportHTML.encode(report)]
            + ClassReportCSV.Table.allCases.map { ClassReportCSV.encode(report, table: $0) }
        for text in texts { #expect(!text.contains("palpate read")) }
        #expect(ClassReportMarkdown.encode(report).contains("| no lesson linked |"))
        #expect(ClassReportHTML.encode(report).contains("no lesson linked"))
    }

    @Test func aLinkedQuestionStillPointsToItsLesson() {
        let report = fullHostileReport()
        #expect(ReportMarkdown.encode(report).contains("palpate read basics\\#taut-band"))
        #expect(ReportHTML.encode(report).contains("palpate read basics"))
    }
}
