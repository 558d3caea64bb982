import Foundation
import Testing

@testable import PalpateCLI

/// 2026-01-01T09:00:00Z, as in the review session tests.
private let morning = Date(timeIntervalSince1970: 1_767_258_000)

@Suite struct SimulateCommandTests {
    private func simulate(_ student: Student, _ extra: [String], terminal: Bool = false) -> CLIRun {
        runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "simulate"] + extra,
            now: morning,
            terminal: terminal)
    }

    @Test func pipedPrintsOneLinePerWeekAndTheSameSeedTheSameFigures() throws {
        let student = Student()
        _ = student.review(try student.allCorrect(at: morning), at: morning)
        let run = simulate(student, ["--days", "14"])
        #expect(run.exitCode == .success)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Simulated 14 days at desired retention 0.90")
        #expect(lines[1].hasPrefix("6 cards studied, 0 new at up to 20 a day, up to 200 reviews a day"))
        #expect(lines[2].hasSuffix("ratings as Anki users give them; seed 42."))
        #expect(lines[4] == "week  reviews/day  new/day  minutes/day  memorised")
        #expect(lines[5].hasPrefix("   1  "))
        #expect(lines[6].hasPrefix("   2  "))
        #expect(lines[8].hasPrefix("In all: "))
        #expect(!run.output.contains("\u{1B}["))
        #expect(!run.output.contains("█"))
        #expect(simulate(student, ["--days", "14"]).output == run.output)
        #expect(simulate(student, ["--days", "14", "--seed", "7"]).output.contains("seed 7."))
    }

    @Test func jsonIsOneObject() {
        let run = simulate(Student(), ["--days", "10", "--new-per-day", "3", "--json"])
        #expect(run.exitCode == .success)
        #expect(
            run.output.hasPrefix(#"{"days":10,"seed":42,"cards_studied":0,"new_cards":6,"new_per_day":3,"#))
        #expect(run.output.hasSuffix("}\n"))
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(run.output.contains(#""weeks":[{"week":1,"days":7,"#))
        #expect(run.output.contains(#"{"week":2,"days":3,"#))
    }

    @Test func aTerminalGetsBarCharts() {
        let run = simulate(Student(), ["--days", "14"], terminal: true)
        #expect(run.exitCode == .success)
        #expect(run.output.contains("█"))
        #expect(run.output.contains("Cards memorised at the end of the week"))
    }

    @Test func theSweepMarksOneRetention() {
        let run = simulate(Student(), ["--sweep", "--days", "30", "--runs", "2"])
        #expect(run.exitCode == .success)
        #expect(run.output.hasPrefix("Desired retention compared over 30 days, 2 simulations each\n"))
        #expect(run.output.contains("retention  reviews/day  minutes/day  memorised  per minute\n"))
        #expect(run.output.components(separatedBy: "← most memorised per minute").count == 2)
        #expect(run.output.contains("     0.70  "))
        #expect(run.output.contains("     0.97  "))
        #expect(run.output.contains("Most cards memorised per minute of study: desired retention 0."))
        let json = simulate(Student(), ["--sweep", "--days", "30", "--runs", "2", "--json"])
        #expect(
            json.output.contains(#""runs":2,"current_retention":0.9,"points":[{"desired_retention":0.7,"#))
        #expect(json.output.contains(#""recommended_retention":0."#))
    }

    @Test func wrongUsageIsRefused() {
        let student = Student()
        #expect(simulate(student, ["--runs", "3"]).exitCode == .usage)
        #expect(simulate(student, ["--sweep", "--desired-retention", "0.8"]).exitCode == .usage)
        #expect(simulate(student, ["--desired-retention", "1.2"]).exitCode == .usage)
        #expect(simulate(student, ["--seed", "-1"]).exitCode == .usage)
        #expect(simulate(student, ["--days", "0"]).exitCode == .usage)
        #expect(simulate(student, ["extra"]).exitCode == .usage)
    }
}

/// `palpate simulate --exam-date`: the exam's day with exam mode and without, seeded.
@Suite struct SimulateExamDateTests {
    private func simulate(_ student: Student, _ extra: [String], terminal: Bool = false) -> CLIRun {
        runPalpate(
            ["--content", studyCourse.path, "--data-dir", student.data.path, "simulate"] + extra,
            now: morning, terminal: terminal)
    }

    @Test func pipedItComparesTheExamDayWithAndWithoutExamModeTheSameEachTime() {
        let student = Student()
        let run = simulate(student, ["--exam-date", "2026-01-15"])
        #expect(run.exitCode == .success)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines[0]
                == "The exam on 2026-01-15 simulated with exam mode and without (14 study days before it)")
        #expect(
            lines[1].hasPrefix(
                "0 cards studied and 6 new, up to 20 new and 200 reviews a day; exam target 0.90;"))
        #expect(lines[3].hasSuffix("   exam mode       without"))
        #expect(lines[4].hasPrefix("Recall on the day (mean)  "))
        #expect(lines[6].hasPrefix("Cards still new on the day  "))
        #expect(!run.output.contains("\u{1B}["))
        #expect(simulate(student, ["--exam-date", "2026-01-15"]).output == run.output)
        #expect(simulate(student, ["--exam-date", "2026-01-15", "--seed", "3"]).output.contains("seed 3."))
    }

    /// With exam mode on, a plain simulation follows it as the queue does (it simulated 20 new a
    /// day while the dashboard planned fewer); --days simulates without it and says so.
    @Test func withExamModeOnThePlainSimulationFollowsIt() {
        let student = Student()
        let config = runPalpate(
            [
                "--content", studyCourse.path, "--data-dir", student.data.path, "config", "exam-date",
                "2026-01-15",
            ],
            now: morning)
        #expect(config.exitCode == .success)
        #expect(simulate(student, []).output == simulate(student, ["--exam-date", "2026-01-15"]).output)
        let days = simulate(student, ["--days", "14"]).output.replacingOccurrences(of: ".\n'", with: ". '")
        #expect(
            days.hasPrefix(
                "Exam mode is on (exam on 2026-01-15): this simulates the schedule without it. 'palpate simulate' "
                    + "alone follows exam mode up to the exam.\nSimulated 14 days"))
        #expect(!simulate(student, ["--days", "14", "--json"]).output.contains("Exam mode is on"))
    }

    @Test func jsonHasBothSidesOfTheComparison() {
        let run = simulate(Student(), ["--exam-date", "2026-01-15", "--json"])
        #expect(run.exitCode == .success)
        #expect(
            run.output.hasPrefix(#"{"exam_date":"2026-01-15","target":0.9,"days":14,"seed":42,"cards":6,"#))
        #expect(run.output.contains(#""exam_mode":{"mean_recall":"#))
        #expect(run.output.contains(#""without_exam_mode":{"mean_recall":"#))
        #expect(run.output.split(separator: "\n").count == 1)
    }

    @Test func aDayNotAheadOrAClashingOptionIsRefused() {
        let student = Student()
        let today = simulate(student, ["--exam-date", "2026-01-01"])
        #expect(today.exitCode == .failure)
        #expect(
            today.errorOutput.contains(
                "--exam-date must be after today (2026-01-01) and at most 10 years ahead: 2026-01-01 is today"
            ))
        #expect(simulate(student, ["--exam-date", "2025-12-01"]).errorOutput.contains("is in the past"))
        let malformed = simulate(student, ["--exam-date", "15/01/2026"])
        #expect(malformed.exitCode == .usage)
        #expect(malformed.errorOutput.contains("--exam-date needs a day as YYYY-MM-DD, not '15/01/2026'"))
        #expect(simulate(student, ["--exam-date", "2026-01-15", "--days", "9"]).exitCode == .usage)
        #expect(simulate(student, ["--exam-date", "2026-01-15", "--sweep"]).exitCode == .usage)
    }
}
