import Foundation
import Insights
import Scheduling
import TextFormats

/// How `palpate simulate` prints a simulation or a sweep: bar charts on a terminal, one line per
/// week (or retention) when piped, or one JSON object.
struct SimulationReport {
    let simulation: StudentSimulation
    let seed: UInt64
    /// Simulations per retention in a sweep.
    var runs = 1
    /// Where the parameters came from, in words.
    let parameters: String
    let terminal: Bool
    let style: TerminalStyle
    let width: Int

    private var setup: SimulationSetup { simulation.setup }

    /// What was simulated and with what, before the figures.
    private var preamble: [String] {
        let limits = setup.limits
        let timing =
            simulation.ownAnswerTime
            ? "\(Self.number(setup.secondsPerAnswer, 1)) s an answer (your mean)"
            : "\(Self.number(setup.secondsPerAnswer, 0)) s an answer (fewer than "
                + "\(StudentSimulation.minimumTimedAnswers) of your answers are timed)"
        let ratings = simulation.ownRatings ? "ratings as you give them" : "ratings as Anki users give them"
        return [
            "\(plural(simulation.cards.count, "card")) studied, \(simulation.newCards) new at up to "
                + "\(limits.newCards) a day, up to \(limits.reviews) reviews a day, maximum interval "
                + "\(plural(setup.options.maximumInterval, "day")).",
            "With \(parameters); \(timing); \(ratings); seed \(seed).",
        ]
    }

    func lines(_ result: SimulationResult) -> [String] {
        let weeks = SimulationWeek.weeks(of: result)
        var lines = [
            style.heading(
                "Simulated \(plural(result.days.count, "day")) at desired retention "
                    + Self.number(setup.options.desiredRetention, 2))
        ]
        lines += preamble
        lines.append("")
        if terminal {
            lines.append(style.bold("Reviews per day (learning steps included), and minutes"))
            let rows = weeks.map { week in
                (
                    label:
                        "week \(TextTable.rightAligned(String(week.number), width: String(weeks.count).count))  "
                        + "\(TextTable.rightAligned(String(Int(week.minutesPerDay.rounded())), width: 4)) min",
                    value: Int(week.answersPerDay.rounded())
                )
            }
            lines += BarChart(rows: rows, barWidth: max(10, width - 32)).lines(style: style)
            lines.append("")
            lines.append(style.bold("Cards memorised at the end of the week"))
            let memorised = weeks.map { week in
                (
                    label:
                        "week \(TextTable.rightAligned(String(week.number), width: String(weeks.count).count))",
                    value: Int((week.memorised ?? 0).rounded())
                )
            }
            lines += BarChart(rows: memorised, barWidth: max(10, width - 24)).lines(style: style)
        } else {
            lines.append("week  reviews/day  new/day  minutes/day  memorised")
            for week in weeks {
                lines.append(
                    Self.columns([
                        (String(week.number), 4), (Self.number(week.answersPerDay, 1), 11),
                        (Self.number(week.newCardsPerDay, 1), 7), (Self.number(week.minutesPerDay, 1), 11),
                        (Self.number(week.memorised ?? 0, 1), 9),
                    ]))
            }
        }
        lines.append("")
        let days = Double(max(1, result.days.count))
        lines.append(
            "In all: \(result.totalAnswers) answers, \(Self.number(result.totalMinutes / days, 1)) minutes a day on "
                + "average, \(Self.number(result.finalMemorised, 1)) of \(result.introduced) cards started memorised "
                + "at the end.")
        return lines
    }

    func json(_ result: SimulationResult) -> JSONValue {
        let weeks = SimulationWeek.weeks(of: result).map { week -> JSONValue in
            .object([
                ("week", .int(week.number)), ("days", .int(week.days)),
                ("reviews_per_day", .double(week.answersPerDay)),
                ("graduated_reviews_per_day", .double(week.reviewsPerDay)),
                ("new_per_day", .double(week.newCardsPerDay)),
                ("minutes_per_day", .double(week.minutesPerDay)),
                ("memorised", week.memorised.map(JSONValue.double) ?? .null),
            ])
        }
        return .object(
            header + [
                ("desired_retention", .double(setup.options.desiredRetention)),
                ("weeks", .array(weeks)), ("answers", .int(result.totalAnswers)),
                ("minutes", .double(result.totalMinutes)), ("memorised", .double(result.finalMemorised)),
                ("introduced", .int(result.introduced)),
            ])
    }

    private var header: [(String, JSONValue)] {
        [
            ("days", .int(setup.days)),
            ("seed", seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))),
            ("cards_studied", .int(simulation.cards.count)),
            ("new_cards", .int(simulation.newCards)), ("new_per_day", .int(setup.limits.newCards)),
            ("reviews_per_day_limit", .int(setup.limits.reviews)),
            ("seconds_per_answer", .double(setup.secondsPerAnswer)),
            ("own_answer_time", .bool(simulation.ownAnswerTime)),
            ("own_ratings", .bool(simulation.ownRatings)),
        ]
    }

    func lines(_ sweep: RetentionSweep) -> [String] {
        var lines = [
            style.heading(
                "Desired retention compared over \(plural(setup.days, "day")), \(plural(runs, "simulation")) each"
            )
        ]
        lines += preamble
        lines.append("")
        let best = sweep.bestIndex
        let marker = "  ← most memorised per minute"
        if terminal {
            lines.append(style.bold("Cards memorised at the end per hour of study"))
            let rows = sweep.points.map { point in
                (
                    label: Self.number(point.retention, 2)
                        + "  \(TextTable.rightAligned(String(Int(point.minutesPerDay.rounded())), width: 4)) min/day",
                    value: Int(((point.memorisedPerMinute ?? 0) * 60).rounded())
                )
            }
            let chart = BarChart(rows: rows, barWidth: max(10, width - 40)).lines(style: style)
            for (index, line) in chart.enumerated() {
                lines.append(index == best ? style.bold(line) + style.green(marker) : line)
            }
        } else {
            lines.append("retention  reviews/day  minutes/day  memorised  per minute")
            for (index, point) in sweep.points.enumerated() {
                lines.append(
                    Self.columns([
                        (Self.number(point.retention, 2), 9), (Self.number(point.answersPerDay, 1), 11),
                        (Self.number(point.minutesPerDay, 1), 11), (Self.number(point.memorised, 1), 9),
                        (point.memorisedPerMinute.map { Self.number($0, 3) } ?? "-", 10),
                    ]) + (index == best ? marker : ""))
            }
        }
        lines.append("")
        if let point = sweep.best {
            lines.append(
                "Most cards memorised per minute of study: desired retention \(Self.number(point.retention, 2)) "
                    + "(yours is \(Self.number(setup.options.desiredRetention, 2))). Staying at or above it is "
                    + "worth the time; 'palpate config desired-retention R' sets yours.")
        } else {
            lines.append("Nothing to study in these days, so no retention is better than another.")
        }
        return lines
    }

    func json(_ sweep: RetentionSweep) -> JSONValue {
        let points = sweep.points.map { point -> JSONValue in
            .object([
                ("desired_retention", .double(point.retention)),
                ("reviews_per_day", .double(point.answersPerDay)),
                ("minutes_per_day", .double(point.minutesPerDay)), ("memorised", .double(point.memorised)),
                ("memorised_per_minute", point.memorisedPerMinute.map(JSONValue.double) ?? .null),
            ])
        }
        return .object(
            header + [
                ("runs", .int(runs)), ("current_retention", .double(setup.options.desiredRetention)),
                ("points", .array(points)),
                ("recommended_retention", sweep.best.map { .double($0.retention) } ?? .null),
            ])
    }

    static func number(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    /// Right-aligned columns two spaces apart.
    private static func columns(_ cells: [(text: String, width: Int)]) -> String {
        cells.map { String(repeating: " ", count: max(0, $0.width - $0.text.count)) + $0.text }.joined(
            separator: "  ")
    }
}
