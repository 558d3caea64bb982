import Content
import Foundation
import Insights
import Testing

@testable import PalpateCLI

/// `palpate config exam-date`, and the exam on the dashboard, with the bundled course (it has
/// the MBLEx blueprint) at a fixed clock.
@Suite struct ExamModeCommandTests {
    /// 2026-03-01T08:00:00Z.
    private let now = Date(timeIntervalSince1970: 1_772_352_000)

    private func palpate(_ student: Student, _ arguments: [String], input: [String] = []) -> CLIRun {
        runPalpate(
            ["--content", packageRoot.path, "--data-dir", student.data.path] + arguments, input: input,
            now: now)
    }

    @Test func anExamDateTodayOrInThePastIsRefused() {
        let student = Student()
        let today = palpate(student, ["config", "exam-date", "2026-03-01"])
        #expect(today.exitCode == .failure)
        #expect(
            today.errorOutput.contains(
                "the exam date must be after today (2026-03-01) and at most 10 years ahead: 2026-03-01 is today; "
                    + "give the day of the exam, or end exam mode with 'palpate config --reset exam-date'"
            ))
        let past = palpate(student, ["config", "exam-date", "2025-12-24"])
        #expect(past.exitCode == .failure)
        #expect(past.errorOutput.contains("2025-12-24 is in the past"))
        // A typo for a year decades ahead is refused, as simulate refuses it; ten years is the limit.
        let far = palpate(student, ["config", "exam-date", "2062-03-14"])
        #expect(far.exitCode == .failure)
        #expect(far.errorOutput.contains("2062-03-14 is more than 10 years ahead"))
        #expect(palpate(student, ["config", "exam-date", "2036-02-27"]).exitCode == .success)
        let malformed = palpate(student, ["config", "exam-date", "March 14"])
        #expect(malformed.exitCode == .failure)
        #expect(malformed.errorOutput.contains("expected a date after today, YYYY-MM-DD, or 'none'"))
        let noDay = palpate(student, ["config", "exam-date", "2026-02-30"])
        #expect(noDay.errorOutput.contains("or 'none' (February 2026 has 28 days)"))
    }

    @Test func theDashboardShowsTheExamReadinessAndTheIntakeThatCannotMakeIt() {
        let student = Student()
        #expect(palpate(student, ["config", "exam-date", "2026-03-20"]).exitCode == .success)
        #expect(palpate(student, ["config", "exam-name", "MBLEx"]).exitCode == .success)
        let run = palpate(student, ["today"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Exam         MBLEx in 19 days (2026-03-20) · readiness "))
        #expect(run.output.contains("weakest area: "))
        #expect(run.output.contains("predicted by the scheduler's memory model: 0 of "))
        // Every card of the course is new; a week before the exam the intake has had 12 days at 20 a
        // day. Cards, not questions: each deletion of a cloze question is a card of its own.
        let cards = ContentLibrary.load(root: packageRoot, displayBase: packageRoot).decks
            .reduce(0) { $0 + $1.questions.count }
        let intakeDays = 12
        let neededPerDay = (cards + intakeDays - 1) / intakeDays
        #expect(
            run.output.contains(
                "at 20 a day, \(cards - 20 * intakeDays) cards will still be new on 2026-03-13: raise new-per-day to \(neededPerDay) or narrow the scope with --deck"
            ))
        let json = palpate(student, ["today", "--json"])
        #expect(json.output.contains("\"exam\" : {") || json.output.contains("\"exam\": {"))
        #expect(json.output.contains("\"still_new_at_deadline\""))
        let stats = palpate(student, ["stats", "--weeks", "1"])
        #expect(stats.output.contains("Exam readiness (a prediction, not a score)"))
        #expect(stats.output.contains("AREA"))
        #expect(stats.output.contains("Guidelines for Professional Practice"))
        #expect(palpate(student, ["stats", "--json"]).output.contains("\"readiness_is\""))
        // Ending exam mode: the dashboard predicts for today and plans no intake.
        #expect(palpate(student, ["config", "--reset", "exam-date"]).exitCode == .success)
        let after = palpate(student, ["today"])
        #expect(after.output.contains("if it were today"))
        #expect(!after.output.contains("will still be new"))
    }

    /// An exam under a week away has no deadline left for new cards: the dashboard says so, and
    /// never names a day already gone (it said "will still be new on 2026-02-25").
    @Test func anExamUnderAWeekAwayPlansTheLastNewCardsForToday() {
        let student = Student()
        #expect(palpate(student, ["config", "exam-date", "2026-03-04"]).exitCode == .success)
        let run = palpate(student, ["today"])
        #expect(run.output.contains("the exam is less than a week away: at 20 a day, "))
        #expect(run.output.contains("to start them all today, or narrow the scope with --deck"))
        #expect(!run.output.contains("2026-02-2"))
        let json = palpate(student, ["today", "--json"])
        #expect(
            json.output.contains("\"deadline\" : \"2026-03-01\"")
                || json.output.contains("\"deadline\": \"2026-03-01\""))
    }

    @Test func theForecastRunsToTheExamWithThePlannedNewCardsAndTheDashboardSaysTheWorkload() {
        let student = Student()
        // Every card of the course is new; the intake plans them all, 20 a day, before the exam.
        let cards = CardCatalog(library: ContentLibrary.load(root: packageRoot, displayBase: packageRoot))
            .order.count
        #expect(palpate(student, ["config", "exam-date", "2026-03-20"]).exitCode == .success)
        let stats = palpate(student, ["stats", "--weeks", "1"])
        #expect(stats.output.contains("Due in the next 20 days\n"))
        #expect(stats.output.contains("Fri   2026-03-20     0 due +   0 new =   0  ← exam"))
        #expect(
            stats.output.contains(
                "Exam on 2026-03-20. Exam mode brings 0 reviews forward and plans \(cards) new cards (due + new = cards to answer):"
            ))
        #expect(stats.output.contains("today 2026-03-01     0 due +  20 new =  20"))
        #expect(stats.output.contains("Sat   2026-03-14     0 due +  20 new =  20"))
        #expect(stats.output.contains("Thu   2026-03-19     0 due +   0 new =   0"))
        #expect(stats.output.contains("Simulated up to the exam with exam mode (seed 42): about "))
        let json = palpate(student, ["stats", "--json"]).output
        #expect(json.contains("\"brought_forward\""))
        #expect(json.contains("\"exam_simulation\""))
        let today = palpate(student, ["today"])
        #expect(
            today.output.contains(
                "Workload     19 days to the exam: 0 cards due as they stand and \(cards) new cards planned; busiest 2026-03-01 with 20; with the reviews your answers lead to: palpate stats"
            ))
        #expect(palpate(student, ["today", "--json"]).output.contains("\"workload\""))
        // An exam more than four weeks away: a bar a week.
        #expect(palpate(student, ["config", "exam-date", "2026-05-01"]).exitCode == .success)
        let far = palpate(student, ["stats", "--weeks", "1"]).output
        #expect(far.contains("week of 2026-03-01"))
        #expect(far.contains("week of 2026-04-26") && far.contains("← exam"))
        #expect(far.contains("One bar a week: the exam is more than four weeks away."))
        // Without an exam the forecast is the 14 days it always was.
        #expect(palpate(student, ["config", "--reset", "exam-date"]).exitCode == .success)
        let normal = palpate(student, ["stats", "--weeks", "1"]).output
        #expect(normal.contains("Due in the next 14 days\n"))
        #expect(!normal.contains(" new ="))
    }

    @Test func onA60ColumnTerminalNoLineOfTheDashboardStatsOrSimulationIsWiderThanIt() {
        let student = Student()
        #expect(palpate(student, ["config", "exam-date", "2026-03-20"]).exitCode == .success)
        for command in [["today"], ["stats", "--weeks", "2"], ["simulate", "--exam-date", "2026-03-20"]] {
            let run = runPalpate(
                ["--content", packageRoot.path, "--data-dir", student.data.path] + command,
                environment: ["NO_COLOR": "1"], now: now, terminal: true, width: 60)
            #expect(run.exitCode == .success)
            var lines = run.output.split(separator: "\n")
            if command[0] == "stats" {
                // The forecast and the exam's section; the card-state table between is not exam mode's.
                let calendar = lines.firstIndex { $0.hasPrefix("Reviews per day") } ?? lines.count
                let exam = lines.firstIndex { $0.hasPrefix("Exam readiness") } ?? lines.count
                lines = Array(lines[..<calendar] + lines[exam...])
                #expect(lines.contains { $0.hasPrefix("Simulated up to the exam") })
            }
            for line in lines {
                #expect(line.count <= 60, "\(command.joined(separator: " ")): \(line)")
            }
        }
    }
}
