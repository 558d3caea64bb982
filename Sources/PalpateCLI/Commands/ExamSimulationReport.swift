import Foundation
import Insights
import Scheduling
import TextFormats

/// How `palpate simulate --exam-date` prints its comparison: the exam's day with exam mode and
/// without, side by side, as plain lines (the same on a terminal and in a pipe, bold headings
/// aside) or one JSON object.
struct ExamSimulationReport {
    let simulation: StudentSimulation
    let goal: ExamGoal
    let examMode: SimulationResult
    let normal: SimulationResult
    let seed: UInt64
    let parameters: String
    let style: TerminalStyle
    /// On a terminal, the width prose wraps at (a word at a time); `nil` when piped, where each
    /// sentence stays on one line.
    var wrapWidth: Int? = nil

    private func prose(_ text: String, apply: @escaping (String) -> String = { $0 }) -> [String] {
        guard let wrapWidth else { return [apply(text)] }
        return TextWrapper(width: wrapWidth, style: style).wrap(text, apply: apply)
    }

    func lines() -> [String] {
        let setup = simulation.setup
        var lines = prose(
            "The exam on \(goal.date) simulated with exam mode and without "
                + "(\(plural(setup.days, "study day")) before it)", apply: style.heading)
        lines += prose(
            "\(plural(simulation.cards.count, "card")) studied and \(simulation.newCards) new, up to "
                + "\(setup.limits.newCards) new and \(setup.limits.reviews) reviews a day; exam target "
                + "\(SimulationReport.number(goal.target, 2)); \(parameters); seed \(seed).")
        lines.append("")
        let rows: [(String, (SimulationResult) -> String)] = [
            ("Recall on the day (mean)", { percent($0.examDay?.meanRecall ?? 0, 1) }),
            (
                "Cards at the target or above",
                { "\($0.examDay?.atTarget ?? 0) (\(percent($0.examDay?.shareAtTarget ?? 0, 0)))" }
            ),
            ("Cards still new on the day", { String($0.examDay?.stillNew ?? 0) }),
            ("Answers before the exam", { String($0.totalAnswers) }),
            (
                "Minutes a day",
                { SimulationReport.number($0.totalMinutes / Double(max(1, $0.days.count)), 1) }
            ),
            ("Busiest day (answers)", { busiest($0) }),
        ]
        let labelWidth = rows.map(\.0.count).max() ?? 0
        // Narrow enough for a 60-column terminal.
        let columnWidth = 12
        lines.append(
            String(repeating: " ", count: labelWidth) + "  "
                + TextTable.rightAligned("exam mode", width: columnWidth) + "  "
                + TextTable.rightAligned("without", width: columnWidth))
        for (label, value) in rows {
            lines.append(
                label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                    + TextTable.rightAligned(value(examMode), width: columnWidth) + "  "
                    + TextTable.rightAligned(value(normal), width: columnWidth))
        }
        lines.append("")
        lines += prose(
            "Recall is FSRS's prediction for the start of the exam's day from the simulated answers (cards never "
                + "started count 0); answers drawn from each card's predicted recall, the same seed for both."
        )
        return lines
    }

    func json() -> JSONValue {
        func figures(_ result: SimulationResult) -> JSONValue {
            let day = result.examDay
            return .object([
                ("mean_recall", .double(day?.meanRecall ?? 0)),
                ("expected_recalled", .double(day?.expectedRecalled ?? 0)),
                ("at_target", .int(day?.atTarget ?? 0)),
                ("share_at_target", .double(day?.shareAtTarget ?? 0)),
                ("still_new", .int(day?.stillNew ?? 0)), ("answers", .int(result.totalAnswers)),
                ("minutes", .double(result.totalMinutes)),
                ("answers_per_day", .array(result.days.map { .int($0.answers) })),
                ("new_per_day", .array(result.days.map { .int($0.newCards) })),
            ])
        }
        return .object([
            ("exam_date", .string(goal.date.description)), ("target", .double(goal.target)),
            ("days", .int(simulation.setup.days)),
            ("seed", seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))),
            ("cards", .int(examMode.cards)), ("cards_studied", .int(simulation.cards.count)),
            ("new_cards", .int(simulation.newCards)),
            ("seconds_per_answer", .double(simulation.setup.secondsPerAnswer)),
            ("exam_mode", figures(examMode)), ("without_exam_mode", figures(normal)),
        ])
    }

    private func busiest(_ result: SimulationResult) -> String {
        guard let (index, day) = result.busiestDay else { return "–" }
        return
            "\(day.answers) on \(goal.date.adding(days: index - result.days.count).description.dropFirst(5))"
    }

    private func percent(_ share: Double, _ decimals: Int) -> String {
        SimulationReport.number(share * 100, decimals) + "%"
    }
}
