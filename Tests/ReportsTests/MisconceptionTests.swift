import Curriculum
import Decks
import Foundation
import Testing

@testable import Reports

@Suite struct MisconceptionMatcherTests {
    private let question = Question(
        id: "soreness",
        kind: .multipleChoice(
            choices: [
                Choice("Microtrauma"), Choice("Lactic acid", misconception: "lactic-acid-soreness"),
                Choice("Toxins", misconception: "toxins-released"),
            ], correct: [0], multiple: false),
        prompt: "Why sore?", explanation: "Because.", lesson: LessonLink(lessonID: "safety", anchor: nil))

    @Test func aWrongAnswerInTheAuthorsWordsFindsItsChoicesMisconception() {
        #expect(
            MisconceptionMatcher.misconceptions(of: "Lactic acid", question: question) == [
                "lactic-acid-soreness"
            ])
        #expect(MisconceptionMatcher.misconceptions(of: "Microtrauma", question: question).isEmpty)
        #expect(MisconceptionMatcher.misconceptions(of: "something typed", question: question).isEmpty)
    }

    @Test func aChooseAllAnswerFindsEachPickedChoicesMisconception() {
        let several = Question(
            id: "several",
            kind: .multipleChoice(
                choices: [
                    Choice("Microtrauma"), Choice("Lactic acid", misconception: "lactic-acid-soreness"),
                    Choice("Toxins", misconception: "toxins-released"),
                ], correct: [0], multiple: true),
            prompt: "Why sore?", explanation: "Because.", lesson: LessonLink(lessonID: "safety", anchor: nil))
        #expect(
            MisconceptionMatcher.misconceptions(of: "Microtrauma + Lactic acid + Toxins", question: several)
                == ["lactic-acid-soreness", "toxins-released"])
    }
}

@Suite struct MisconceptionSpreadTests {
    private func holding(_ name: String, _ counts: [(String, Int)]) -> StudentReport {
        var report = studentReport(name)
        report.misconceptions = counts.map {
            StudentReport.MisconceptionCount(
                deck: "d", id: $0.0,
                text: $0.0 == "lactic" ? "Soreness is lactic acid." : "Toxins are released.",
                count: $0.1, cards: ["d/q1"])
        }
        return report
    }

    private func classReport() -> ClassReport {
        let students = [
            ("ana.json", holding("Ana", [("lactic", 3), ("toxins", 1)])),
            ("ben.json", holding("Ben", [("lactic", 1)])), ("cy.json", holding("Cy", [])),
        ]
        return ClassReportBuilder.build(
            students.map { .init(name: $0.0, bytes: Array(ReportJSON.encode($0.1).utf8)) }, now: reportTime
        ).report
    }

    @Test func theClassViewCountsWhoHoldsEachMisconceptionMostWidelyHeldFirst() {
        let report = classReport()
        #expect(report.misconceptions.map(\.id) == ["lactic", "toxins"])
        #expect(report.misconceptions.first?.share == "2 of 3 students")
        #expect(report.misconceptions.first?.picks == 4)
        #expect(report.students.map(\.misconceptionPicks) == [4, 1, 0])
    }

    @Test func everyFormatSaysHowManyStudentsThinkIt() throws {
        let report = classReport()
        #expect(
            ClassReportMarkdown.encode(report).contains(
                "| 2 of 3 students think: Soreness is lactic acid. | d | 2 | 4 | Ana (3), Ben (1) |"))
        #expect(ClassReportHTML.encode(report).contains("2 of 3 students think: Soreness is lactic acid."))
        #expect(
            ClassReportCSV.encode(report, table: .misconceptions).contains(
                "d,lactic,Soreness is lactic acid.,2,3,4,Ana (3); Ben (1)\r\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ClassReportJSON.encode(report).utf8))
                as? [String: Any])
        let first = try #require((json["misconceptions"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "lactic")
        #expect(first["students"] as? Int == 2)
        #expect(first["class_size"] as? Int == 3)
        #expect(first["picks"] as? Int == 4)
        #expect((json["students"] as? [[String: Any]])?.first?["misconception_picks"] as? Int == 4)
    }

    @Test func aReportWrittenBeforeMisconceptionsStillReads() throws {
        var report = studentReport("Ana")
        report.misconceptions = []
        let text = ReportJSON.encode(report).replacingOccurrences(
            of: #"\s*"misconceptions": \[\s*\],"#, with: "", options: .regularExpression)
        #expect(!text.contains("misconceptions"))
        let decoded = try ReportJSON.decode(Array(text.utf8), file: "old.json")
        #expect(decoded.misconceptions.isEmpty)
    }
}
