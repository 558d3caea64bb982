import Foundation
import Scheduling

@testable import Reports

let reportTime = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

/// Text a hostile deck or student could put in a report.
let hostilePrompt = "<script>alert(1)</script> \"quoted\", comma\nnew line & ' \u{1B}]0;title\u{07}"
let formulaText = "=HYPERLINK(\"http://evil\",\"x\")"

/// A student report written by hand, with the figures the class view reads.
func studentReport(
    _ name: String, correct: Int = 0, reviews: Int = 0, items: [StudentReport.Item] = [],
    generatedAt: Date = reportTime
) -> StudentReport {
    var report = StudentReport(
        student: name, generatedAt: generatedAt, timeZone: "UTC",
        period: StudentReport.Period(end: generatedAt))
    report.totals.reviews = reviews
    report.totals.correct = correct
    report.totals.lastActive = generatedAt
    report.items = items
    report.decks = [
        StudentReport.DeckVersion(
            id: "d", title: "Deck", version: 1, fingerprint: "00000000000000aa", questions: 3)
    ]
    return report
}

func item(_ card: String, attempts: Int, correct: Int, wrong: [(String, Int)] = [], lesson: String = "basics")
    -> StudentReport.Item
{
    StudentReport.Item(
        card: card, kind: "multiple-choice", prompt: "Prompt of \(card)", lesson: lesson, attempts: attempts,
        correct: correct, wrongAnswers: wrong.map { StudentReport.AnswerCount(answer: $0.0, count: $0.1) })
}

/// A report with every section filled, and hostile text wherever deck or student text goes.
func fullHostileReport() -> StudentReport {
    var report = studentReport("Ana <b>\"&\"</b> \(formulaText)", correct: 3, reviews: 4)
    report.period = StudentReport.Period(
        sinceDay: "2025-12-01", start: reportTime.addingTimeInterval(-86_400 * 31), end: reportTime)
    report.totals.retention = 0.75
    report.totals.retentionReviews = 4
    report.totals.secondsStudied = 95.5
    report.totals.activeDays = 2
    report.totals.streak = 2
    report.totals.longestStreak = 2
    report.totals.studiedToday = true
    report.totals.lessonsRead = 1
    report.totals.lessonsTotal = 2
    report.cards.new = 1
    report.cards.review = 2
    report.cards.mature = 1
    report.cards.leeches = 1
    let weak = StudentReport.WeakQuestion(
        card: "d/q1", prompt: hostilePrompt, lapses: 2, wrong: 1, lesson: "basics#taut-band",
        lessonTitle: "Basics & <i>more</i>", answer: "=cmd|' /C calc'!A0 <b>key</b>")
    report.weakest = [weak]
    report.byDeck = [
        StudentReport.Group(
            name: "d", title: "Deck <script>x</script>", cardsTotal: 3, cardsSeen: 2, mature: 1,
            meanRetrievability: 0.8,
            reviews: 4, correct: 3, retention: 0.75, retentionReviews: 4, weakest: [weak])
    ]
    report.byTag = [
        StudentReport.Group(
            name: "+tag", title: "+tag", cardsTotal: 2, cardsSeen: 2, reviews: 3, correct: 1, weakest: []),
        StudentReport.Group(name: "-b", title: "-b", cardsTotal: 1, cardsSeen: 0),
    ]
    report.exams = [
        StudentReport.Exam(
            startedAt: reportTime.addingTimeInterval(-3_600),
            finishedAt: reportTime.addingTimeInterval(-3_000),
            correct: 2, total: 3, score: 2.0 / 3, passed: false, passMark: 0.7,
            byDeck: [StudentReport.Tally(name: "d", correct: 2, total: 3)],
            byTag: [StudentReport.Tally(name: "@tag", correct: 1, total: 2)],
            byCase: [StudentReport.Tally(name: "=runner", correct: 2, total: 3)])
    ]
    report.examTrend = StudentReport.ExamTrend(scores: [2.0 / 3])
    report.forecast = [
        StudentReport.DueDay(day: "2026-01-01", due: 2), StudentReport.DueDay(day: "2026-01-02", due: 0),
    ]
    report.leeches = [
        StudentReport.Leech(card: "d/q1", prompt: hostilePrompt, lapses: 8, suspended: true, lesson: "basics")
    ]
    report.activity = [
        StudentReport.ActivityDay(day: "2025-12-31", reviews: 3, correct: 2, seconds: 60),
        StudentReport.ActivityDay(day: "2026-01-01", reviews: 1, correct: 1, seconds: 35.5),
    ]
    report.items = [item("d/q1", attempts: 2, correct: 1, wrong: [(formulaText, 1)])]
    report.misconceptions = [
        StudentReport.MisconceptionCount(
            decks: ["d"], id: "formula", text: hostilePrompt, count: 1, cards: ["d/q1"])
    ]
    report.reviews = [
        StudentReport.ReviewEntry(
            at: reportTime.addingTimeInterval(-86_400), card: "d/q1", rating: .again, answer: "@SUM(A1)",
            correct: false,
            seconds: 12.5),
        StudentReport.ReviewEntry(
            at: reportTime.addingTimeInterval(-100.25), card: "d/q2", rating: .good, answer: nil,
            correct: nil, seconds: nil),
    ]
    return report
}

/// The schema shipped in the package, found from this file's location.
let reportSchemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Reports/Schema/report.schema.json")
