import Content
import Curriculum
import Decks
import Foundation
import Insights
import Progress
import Scheduling
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
                decks: ["d"], id: $0.0,
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

    private func classReport(_ students: [(String, StudentReport)]) -> ClassReport {
        ClassReportBuilder.build(
            students.map { .init(name: $0.0, bytes: Array(ReportJSON.encode($0.1).utf8)) }, now: reportTime
        ).report
    }

    private func holding(_ name: String, decks: [String], count: Int) -> StudentReport {
        var report = studentReport(name)
        report.misconceptions = [
            StudentReport.MisconceptionCount(
                decks: decks, id: "more-pressure-better", text: "Harder is better.", count: count,
                cards: decks.map { "\($0)/pressure" })
        ]
        return report
    }

    @Test func aBeliefMetInSeveralDecksIsOneRowCountingEachStudentOnce() throws {
        let report = classReport([
            ("ana.json", holding("Ana", decks: ["client-cases", "foundations"], count: 3)),
            ("ben.json", holding("Ben", decks: ["foundations", "communication-safety"], count: 1)),
        ])
        #expect(report.misconceptions.count == 1)
        let spread = try #require(report.misconceptions.first)
        #expect(spread.decks == ["client-cases", "foundations", "communication-safety"])
        #expect(spread.share == "2 of 2 students")
        #expect(spread.picks == 4)
        #expect(
            ClassReportMarkdown.encode(report).contains(
                "| 2 of 2 students think: Harder is better. | client-cases, foundations, communication-safety "
                    + "| 2 | 4 | Ana (3), Ben (1) |"))
        #expect(
            ClassReportCSV.encode(report, table: .misconceptions)
                == "decks,misconception,text,students,class_size,picks,holders\r\n"
                + "client-cases foundations communication-safety,more-pressure-better,Harder is better.,2,2,4,"
                + "Ana (3); Ben (1)\r\n")
        let page = ClassReportHTML.encode(report)
        #expect(page.components(separatedBy: "Harder is better.").count == 2)
        #expect(page.contains("client-cases, foundations, communication-safety"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ClassReportJSON.encode(report).utf8))
                as? [String: Any])
        let entries = try #require(json["misconceptions"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["deck"] as? String == "client-cases")
        #expect(
            entries.first?["decks"] as? [String] == ["client-cases", "foundations", "communication-safety"])
        #expect(entries.first?["students"] as? Int == 2)
    }

    @Test func aReportWrittenWithOneEntryPerDeckReadsAsOneBelief() throws {
        // Before `decks`, a report held the same misconception once per deck, without `decks`.
        var report = studentReport("Ana")
        report.misconceptions = [
            StudentReport.MisconceptionCount(
                decks: ["foundations"], id: "diagnosing-in-scope", text: "Naming it is fine.", count: 1,
                cards: ["foundations/q"]),
            StudentReport.MisconceptionCount(
                decks: ["communication-safety"], id: "more-pressure-better", text: "Harder is better.",
                count: 2, cards: ["communication-safety/q"]),
            StudentReport.MisconceptionCount(
                decks: ["client-cases"], id: "more-pressure-better", text: "Harder is better.", count: 1,
                cards: ["client-cases/q"]),
        ]
        let old = ReportJSON.encode(report).replacingOccurrences(
            of: #""decks": \[(\s*"[^"]*",?)*\s*\],\s*"#, with: "", options: .regularExpression)
        // Only the report's own list of deck versions is left.
        #expect(old.components(separatedBy: #""decks""#).count == 2)
        let decoded = try ReportJSON.decode(Array(old.utf8), file: "old.json")
        #expect(
            decoded.misconceptions == [
                StudentReport.MisconceptionCount(
                    decks: ["communication-safety", "client-cases"], id: "more-pressure-better",
                    text: "Harder is better.", count: 3, cards: ["communication-safety/q", "client-cases/q"]),
                StudentReport.MisconceptionCount(
                    decks: ["foundations"], id: "diagnosing-in-scope", text: "Naming it is fine.", count: 1,
                    cards: ["foundations/q"]),
            ])
        let merged = ClassReportBuilder.build(
            [.init(name: "old.json", bytes: Array(old.utf8))], now: reportTime
        )
        .report
        #expect(merged.misconceptions.map(\.id) == ["more-pressure-better", "diagnosing-in-scope"])
        #expect(merged.misconceptions.first?.holders == [.init(student: "Ana", count: 3)])
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

/// A belief several decks name is one misconception in the student's report.
@Suite struct StudentMisconceptionTests {
    private func deck(_ id: String, wording: String) -> Deck {
        let question = Question(
            id: "pressure",
            kind: .multipleChoice(
                choices: [
                    Choice("Ease off to a tolerable pressure"),
                    Choice("Press harder until it lets go", misconception: "more-pressure-better"),
                ], correct: [0], multiple: false),
            prompt: "The point will not release. Next?", explanation: "Because.",
            lesson: LessonLink(lessonID: "safety", anchor: nil))
        return Deck(
            id: id, title: id, file: "\(id).json", questions: [question],
            misconceptions: [Misconception(id: "more-pressure-better", text: wording)])
    }

    /// The report of a student who picked the same belief once in `alpha` and twice in `beta`.
    private func report(alphaWording: String, betaWording: String) throws -> StudentReport {
        let library = ContentLibrary(
            root: URL(fileURLWithPath: "/"), lessons: LessonLibrary(lessons: []),
            decks: [deck("alpha", wording: alphaWording), deck("beta", wording: betaWording)], diagnostics: []
        )
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("palpate-reports-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ProgressStore.open(
            directory: folder, now: reportTime, timeZone: TimeZone(secondsFromGMT: 0)!, makeDailyBackup: false
        )
        defer { try? store.close() }
        for (offset, card) in ["alpha/pressure", "beta/pressure", "beta/pressure"].enumerated() {
            let at = reportTime.addingTimeInterval(Double(offset - 3) * 3_600)
            try store.recordReview(
                NewReview(
                    cardID: card, sessionID: nil, reviewedAt: at, rating: .again,
                    schedule: CardSchedule(
                        phase: .relearning, step: 0, stability: 1, difficulty: 5, due: at + 600,
                        lastReview: at),
                    answer: "Press harder until it lets go", correct: false))
        }
        let plan = try StudyPlan(settings: StudentSettings(), timeZone: TimeZone(secondsFromGMT: 0)!)
        return try StudentReportBuilder(library: library, catalog: CardCatalog(library: library), plan: plan)
            .build(store: store, student: "Ana", since: nil, now: reportTime)
    }

    @Test func theSameMisconceptionInTwoDecksIsOneEntryWithBothDecks() throws {
        let wording = "The harder the pressure, the faster it releases."
        let report = try report(alphaWording: wording, betaWording: wording)
        #expect(
            report.misconceptions == [
                StudentReport.MisconceptionCount(
                    decks: ["alpha", "beta"], id: "more-pressure-better", text: wording, count: 3,
                    cards: ["alpha/pressure", "beta/pressure"])
            ])
    }

    @Test func decksThatWordTheSameIDDifferentlyShowTheFirstDecksWording() throws {
        let report = try report(
            alphaWording: "Harder is better.", betaWording: "More pressure, faster release.")
        #expect(report.misconceptions.map(\.text) == ["Harder is better."])
        #expect(report.misconceptions.map(\.decks) == [["alpha", "beta"]])
    }

    @Test func everyFormatShowsOneRowListingTheDecks() throws {
        let report = try report(alphaWording: "Harder is better.", betaWording: "Harder is better.")
        #expect(
            ReportMarkdown.encode(report).contains(
                "| Harder is better. | alpha, beta | 3 | alpha/pressure, beta/pressure |"))
        #expect(
            ReportCSV.encode(report, table: .misconceptions)
                == "decks,misconception,text,times_picked,cards\r\n"
                + "alpha beta,more-pressure-better,Harder is better.,3,alpha/pressure beta/pressure\r\n")
        let page = ReportHTML.encode(report)
        #expect(page.components(separatedBy: "Harder is better.").count == 2)
        #expect(page.contains("alpha, beta"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(report).utf8)) as? [String: Any])
        let entries = try #require(json["misconceptions"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["deck"] as? String == "alpha")
        #expect(entries.first?["decks"] as? [String] == ["alpha", "beta"])
        #expect(entries.first?["count"] as? Int == 3)
    }
}
