import Content
import Foundation
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
                "the exam date must be after today (2026-03-01): 2026-03-01 is today; give the day of the exam, or end exam mode with 'palpate config --reset exam-date'"
            ))
        let past = palpate(student, ["config", "exam-date", "2025-12-24"])
        #expect(past.exitCode == .failure)
        #expect(past.errorOutput.contains("2025-12-24 is in the past"))
        let malformed = palpate(student, ["config", "exam-date", "March 14"])
        #expect(malformed.exitCode == .failure)
        #expect(malformed.errorOutput.contains("expected a date after today, YYYY-MM-DD, or 'none'"))
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
}
