import Foundation
import Scheduling
import Testing

@testable import Reports

@Suite struct ClassReportBuilderTests {
    private func source(_ name: String, _ report: StudentReport) -> ClassReportBuilder.Source {
        ClassReportBuilder.Source(name: name, bytes: Array(ReportJSON.encode(report).utf8))
    }

    @Test func aMalformedFileIsReportedWithItsLocationAndTheOthersAreMerged() {
        let broken = ClassReportBuilder.Source(
            name: "bad.json", bytes: Array("{\n  \"format\": \"palpate-report/1\",\n  \"student\": 3\n}".utf8)
        )
        let (report, problems) = ClassReportBuilder.build(
            [source("a.json", studentReport("Ana")), broken, source("b.json", studentReport("Ben"))],
            now: reportTime)
        #expect(report.students.map(\.name) == ["Ana", "Ben"])
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("bad.json:3:14: error: 'student' must be text") == true)
    }

    @Test func aFileOfAnotherFormatIsRefusedWithWhatItIs() {
        let other = ClassReportBuilder.Source(
            name: "deck.json", bytes: Array("{\"format\": 1, \"id\": \"x\"}".utf8))
        let (report, problems) = ClassReportBuilder.build([other], now: reportTime)
        #expect(report.students.isEmpty)
        #expect(
            problems.first?.description.contains("deck.json:1:12: error: this is not a Palpate report")
                == true)
    }

    @Test func twoReportsOfOneStudentKeepTheNewer() {
        let older = studentReport(
            "Ana", correct: 1, reviews: 10, generatedAt: reportTime.addingTimeInterval(-86_400))
        let newer = studentReport("  ana ", correct: 9, reviews: 10)
        let (report, problems) = ClassReportBuilder.build(
            [source("new.json", newer), source("old.json", older)], now: reportTime)
        #expect(report.students.count == 1)
        #expect(report.students.first?.file == "new.json")
        #expect(
            problems.map(\.description) == [
                "warning: two reports for 'Ana': kept new.json, the newer, and skipped old.json"
            ])
    }

    @Test func differentDeckVersionsAreNamedWithTheirFiles() {
        var changed = studentReport("Ben")
        changed.decks[0].version = 2
        changed.decks[0].fingerprint = "00000000000000bb"
        let (_, problems) = ClassReportBuilder.build(
            [
                source("a.json", studentReport("Ana")), source("b.json", changed),
                source("c.json", studentReport("Cy")),
            ],
            now: reportTime)
        #expect(problems.count == 1)
        #expect(
            problems.first?.description.contains(
                "deck 'd' (version 1 (fingerprint 00000000000000aa) in a.json, c.json; "
                    + "version 2 (fingerprint 00000000000000bb) in b.json)") == true)
    }

    @Test func studentsAtRiskAreInactiveForAWeekLowInRetentionOrFullOfLeeches() {
        var idle = studentReport("Idle")
        idle.totals.lastActive = reportTime.addingTimeInterval(-8 * 86_400)
        var forgetful = studentReport("Forgetful")
        forgetful.totals.retention = 0.75
        forgetful.totals.retentionReviews = 20
        var fewReviews = studentReport("Few")
        fewReviews.totals.retention = 0.5
        fewReviews.totals.retentionReviews = 19
        var leechy = studentReport("Leechy")
        leechy.cards.leeches = 5
        let (report, _) = ClassReportBuilder.build(
            [idle, forgetful, fewReviews, leechy, studentReport("Fine")].map {
                source("\($0.student).json", $0)
            },
            now: reportTime)
        #expect(
            report.atRisk == [
                ClassReport.AtRisk(student: "Forgetful", reasons: ["retention 75% (under 80%)"]),
                ClassReport.AtRisk(student: "Idle", reasons: ["inactive for 8 days"]),
                ClassReport.AtRisk(student: "Leechy", reasons: ["5 leeches"]),
            ])
    }

    @Test func aStudentUnderThePassMarkWithUnderTwoWeeksToTheExamIsAtRisk() {
        func ready(_ name: String, _ readiness: Double, daysLeft: Int) -> StudentReport {
            var report = studentReport(name)
            let today = Int((reportTime.timeIntervalSince1970 / 86_400).rounded(.down))
            report.readiness = StudentReport.Readiness(
                exam: "MBLEx", date: CivilDay(ordinal: today + daysLeft).description,
                predictedFor: reportTime,
                readiness: readiness, questions: 100, studied: 80, areas: [])
            return report
        }
        let (report, _) = ClassReportBuilder.build(
            [
                ready("Close", 0.58, daysLeft: 9), ready("Early", 0.58, daysLeft: 30),
                ready("Ready", 0.81, daysLeft: 5),
            ]
            .map { source("\($0.student).json", $0) },
            now: reportTime)
        #expect(
            report.atRisk == [
                ClassReport.AtRisk(
                    student: "Close",
                    reasons: ["predicted readiness 58% with 9 days to MBLEx (under the 70% pass mark)"])
            ])
        #expect(report.students.first { $0.name == "Early" }?.readiness?.readiness == 0.58)
    }

    @Test func hardQuestionsPointToTheLessonsToRevisit() {
        let reports = [
            studentReport(
                "A", correct: 1, reviews: 2, items: [item("d/q1", attempts: 2, correct: 1, lesson: "one#a")]),
            studentReport(
                "B", correct: 1, reviews: 2, items: [item("d/q2", attempts: 2, correct: 2, lesson: "two")]),
        ]
        let (report, _) = ClassReportBuilder.build(
            reports.map { source("\($0.student).json", $0) }, now: reportTime)
        #expect(report.revisit == [ClassReport.LessonNeed(lesson: "one#a", cards: ["d/q1"], facility: 0.5)])
    }
}
