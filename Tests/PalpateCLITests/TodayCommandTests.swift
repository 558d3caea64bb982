import Foundation
import Testing

@testable import PalpateCLI

/// 2026-01-01T09:00:00Z and one day, as in the review session tests.
private let morning = Date(timeIntervalSince1970: 1_767_258_000)
private let day: TimeInterval = 86_400

@Suite struct TodayCommandTests {
    private func dashboard(_ student: Student, at now: Date, _ extra: [String] = []) -> CLIRun {
        runPalpate(["--content", studyCourse.path, "--data-dir", student.data.path] + extra, now: now)
    }

    @Test func palpateAloneShowsTodaysWorkTheLessonToReadAndWhatToRun() {
        let run = dashboard(Student(), at: morning)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Palpate · 2026-01-01"))
        #expect(run.output.contains("Due now      6 cards: 0 learning, 0 to review, 6 new"))
        #expect(run.output.contains("Streak       0 days"))
        #expect(run.output.contains("Retention    no reviews of learned cards in the last 30 days yet"))
        #expect(run.output.contains("Next lesson  Basics (not read yet)"))
        #expect(run.output.contains("  palpate review       6 cards waiting"))
        #expect(run.output.contains("  palpate read basics"))
        #expect(!run.output.contains("\u{1B}["))
    }

    @Test func helpIsStillThereWithTheFlag() {
        let run = runPalpate(["--help"])
        #expect(run.output.contains("Commands:"))
        #expect(run.output.contains("today"))
    }

    @Test func theStreakCountsTodayOnceStudiedAndSurvivesUntilTheDayEnds() throws {
        let student = Student()
        _ = student.review(try student.allCorrect(at: morning), at: morning)
        let later = dashboard(student, at: morning.addingTimeInterval(3_600))
        #expect(later.output.contains("Streak       1 day, studied today"))
        let tomorrow = dashboard(student, at: morning.addingTimeInterval(day))
        #expect(tomorrow.output.contains("Streak       1 day, not yet today: review to keep it"))
        let gap = dashboard(student, at: morning.addingTimeInterval(3 * day))
        #expect(gap.output.contains("Streak       0 days"))
    }

    @Test func theJSONFiguresMatchTheStore() throws {
        let student = Student()
        _ = student.review(try student.allCorrect(at: morning), at: morning)
        let run = dashboard(student, at: morning.addingTimeInterval(60), ["today", "--json"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("\"day\": \"2026-01-01\""))
        #expect(run.output.contains("\"new_available\": 0"))
        #expect(run.output.contains("\"unseen\": 0"))
        #expect(run.output.contains("\"streak_days\": 1"))
        let answered = try student.store().studyCounts(
            in: morning.addingTimeInterval(-3_600)..<morning.addingTimeInterval(day)
        ).total
        #expect(run.output.contains("\"answered_today\": \(answered)"))
    }

    /// `due_now` is the dashboard's "Due now": learning, reviews and the new cards of the day
    /// together (it had left the new cards out, so a fresh course read 0 in JSON and 19 on screen).
    @Test func theJSONDueNowIsTheDashboardsDueNow() throws {
        let student = Student()
        let screen = dashboard(student, at: morning)
        let json = dashboard(student, at: morning, ["today", "--json"])
        let line = try #require(screen.output.split(separator: "\n").first { $0.hasPrefix("Due now") })
        let shown = try #require(
            Int(line.dropFirst("Due now".count).trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }))
        #expect(shown > 0)
        #expect(json.output.contains("\"due_now\": \(shown),"), "\(json.output)")
        #expect(json.output.contains("\"new_available\": \(shown),"))
    }

    @Test func onATerminalTheHeadingIsStyledAndNeverWithNoColor() {
        let student = Student()
        let styled = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path], now: morning, terminal: true)
        #expect(styled.output.contains("\u{1B}[1;36mPalpate"))
        let plain = runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path], environment: ["NO_COLOR": "1"],
            now: morning, terminal: true)
        #expect(!plain.output.contains("\u{1B}["))
    }
}

@Suite struct HistoryCommandTests {
    /// Review accuracy is right answers over all answers, as the report counts it: a one-card
    /// session answered right weighs one answer, not half of the figure.
    @Test func reviewAccuracyCountsAnswersNotSessions() {
        let sessions = [
            HistoryCommand.ReviewTally(right: 1, answers: 1),
            HistoryCommand.ReviewTally(right: 1, answers: 9),
        ]
        #expect(
            HistoryCommand.trendLines(examScores: [], accuracies: sessions) == [
                "Review accuracy: 20% over the last 2 sessions"
            ])
        let fortnight =
            Array(repeating: HistoryCommand.ReviewTally(right: 3, answers: 4), count: 7)
            + Array(repeating: HistoryCommand.ReviewTally(right: 1, answers: 2), count: 6)
            + [HistoryCommand.ReviewTally(right: 9, answers: 10)]
        #expect(
            HistoryCommand.trendLines(examScores: [], accuracies: fortnight) == [
                "Review accuracy: 68% over the last 7 sessions (75% in the 7 before)"
            ])
    }

    @Test func sessionsAreListedNewestFirstWithScoresAndTheTrend() throws {
        let student = Student()
        let base = ["--content", studyCourse.path, "--data-dir", student.data.path]
        _ = student.review(try student.allCorrect(at: morning), at: morning)
        let first = ExamSessionTests.plan(seed: 7, count: 5)
        _ = runPalpate(
            base + ["exam", "--seed", "7", "--count", "5"],
            input: first.items.enumerated().map { ExamSessionTests.answer($1, correctly: $0 < 2) },
            now: morning.addingTimeInterval(3_600))
        let second = ExamSessionTests.plan(seed: 8, count: 5)
        _ = runPalpate(
            base + ["exam", "--seed", "8", "--count", "5"],
            input: second.items.map { ExamSessionTests.answer($0, correctly: true) },
            now: morning.addingTimeInterval(day))

        let run = runPalpate(base + ["history"], now: morning.addingTimeInterval(day + 60))
        #expect(run.exitCode == .success)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("STARTED"))
        #expect(lines[1].contains("2026-01-02 09:00  exam") && lines[1].contains("100% passed"))
        #expect(lines[2].contains("2026-01-01 10:00  exam") && lines[2].contains("40% failed"))
        let review = try #require(
            try student.store().sessions(in: morning..<morning.addingTimeInterval(1)).first)
        let accuracy = Int((Double(review.correct) / Double(review.cardsDone) * 100).rounded())
        #expect(lines[3].contains("2026-01-01 09:00  review") && lines[3].contains("\(accuracy)% right"))
        #expect(run.output.contains("Exam scores: 40% → 100% over 2 exams, rising (+60.0 points per exam)"))

        let exams = runPalpate(
            base + ["history", "--kind", "exam", "--limit", "1"], now: morning.addingTimeInterval(day))
        #expect(exams.output.contains("100% passed"))
        #expect(!exams.output.contains("review"))
        #expect(exams.output.contains("(1 older; see --limit)"))

        let json = runPalpate(base + ["history", "--json"], now: morning.addingTimeInterval(day))
        #expect(json.output.contains("\"direction\": \"rising\""))
        #expect(json.output.components(separatedBy: "\"kind\"").count - 1 == 3)
    }

    @Test func anEmptyHistorySaysHowToStartAndBadOptionsAreUsageErrors() {
        let student = Student()
        let run = runPalpate(["--data-dir", student.data.path, "history"])
        #expect(run.output == "No sessions yet. Start with 'palpate review' or 'palpate exam'.\n")
        let bad = runPalpate(["--data-dir", student.data.path, "history", "--kind", "quiz"])
        #expect(bad.exitCode == .usage)
    }
}

@Suite struct StatsCommandTests {
    @Test func aFortnightOfStudyShowsTheForecastCalendarRetentionAndCards() throws {
        let student = Student()
        var now = morning
        for _ in 0..<14 {
            var input: [String] = []
            for _ in 0..<4 { input += try student.allCorrect(at: now) }
            _ = student.review(input, at: now)
            now = now.addingTimeInterval(day)
        }
        let base = ["--content", studyCourse.path, "--data-dir", student.data.path]
        let run = runPalpate(base + ["stats", "--weeks", "4"], now: now)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Due in the next 14 days"))
        #expect(run.output.contains("today 2026-01-15"))
        #expect(run.output.contains("Reviews per day, last 4 weeks"))
        #expect(run.output.contains("Streak: 14 days (not yet today), longest 14 days"))
        // True retention as the store holds it: reviews of graduated cards, not rated Again.
        var graduated = 0
        var recalled = 0
        for card in ["mc", "tf", "match", "order", "short", "card"] {
            for review in try student.store().reviews(ofCard: "mini/\(card)")
            where review.before?.schedule.phase == .review && review.before?.schedule.isNew == false {
                graduated += 1
                if review.rating != .again { recalled += 1 }
            }
        }
        #expect(graduated > 0)
        let share = Int((Double(recalled) / Double(graduated) * 100).rounded())
        #expect(run.output.contains("Retention, last 30 days: \(share)% of \(graduated) reviews"))
        #expect(run.output.contains("  mini"))
        #expect(!run.output.contains("\u{1B}["))

        let json = runPalpate(base + ["stats", "--json"], now: now)
        let store = try student.store()
        let states = try store.cardStates()
        #expect(states.count == 6)
        #expect(json.output.contains("\"new\": 0"))
        // Every card is graduated and due within a fortnight or later: the forecast counts those due soon.
        let horizon = now.addingTimeInterval(14 * day)
        let dueSoon = states.values.filter { $0.schedule.due < horizon }.count
        let forecastTotal = json.output.components(separatedBy: "\"due\": ").dropFirst()
            .compactMap { Int($0.prefix { $0.isNumber }) }.reduce(0, +)
        #expect(forecastTotal <= dueSoon)
        #expect(forecastTotal >= dueSoon - 1)
        #expect(json.output.contains("\"current\": 14"))
    }
}
