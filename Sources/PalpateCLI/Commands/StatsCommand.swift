import Content
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate stats`: the forecast, the calendar of reviews, retention, cards by state and leeches.
enum StatsCommand: Command {
    static let name = "stats"
    static let summary = "Show your forecast, review calendar, retention, cards by state and leeches"
    static let usage = "palpate stats [--weeks N] [--json]"
    static let discussion = """
        Due forecast: reviews coming due on each of the next 14 study days (overdue cards count today; new \
        cards come by your daily limit, not by date). With an exam date ('palpate config exam-date') the \
        forecast runs up to the exam, a bar a week past four weeks, and counts what exam mode adds: reviews \
        brought forward from after the exam and the new cards planned for each day. Calendar: reviews per day over the last weeks. \
        Retention: of your reviews of learned cards in the last 30 days, the share you did not forget, by deck \
        and by tag — the figure your desired retention (see 'palpate config') aims at. Cards by state, \
        leeches (cards forgotten 8 times, suspended: bring them back with 'palpate restore'), and your streak.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--weeks", value: "N", help: "Weeks of the review calendar (default 12)."),
        .flag("--json", "Print every figure as JSON."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'stats' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help stats'.")
        }
        let weeks = try arguments.integer("--weeks", in: 1...520, command: name) ?? 12
        let library = try session.studyContent()
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let catalog = CardCatalog(library: library)
        let statistics: StudyStatistics
        let outlook: ExamOutlook?
        var simulated: SimulationResult?
        do {
            let settings = try store.settings()
            let plan = try StudyPlan(settings: settings, timeZone: session.context.timeZone)
            statistics = try StudyStatistics.make(
                store: store, catalog: catalog, plan: plan, now: session.context.clock(),
                activityDays: weeks * 7)
            outlook = try ExamOutlook.make(
                store: store, catalog: catalog, plan: plan, blueprint: library.blueprint,
                examName: settings.examName, now: session.context.clock())
            if let goal = statistics.forecastExam, let days = plan.daysToExam(from: session.context.clock()) {
                let now = session.context.clock()
                simulated = try StudentSimulation.make(
                    store: store, catalog: catalog, plan: plan, now: now, days: days
                ).examRun(
                    goal: goal, firstDay: plan.calendar.studyDay(containing: now).civilDay,
                    seed: SimulateCommand.defaultSeed)
            }
        } catch {
            throw CommandFailure("\(error)")
        }
        if arguments.has("--json") {
            var value = json(statistics, catalog: catalog)
            if let outlook, case .object(var fields) = value {
                fields.append(("exam", ExamLines.json(outlook)))
                if let simulated {
                    fields.append(
                        (
                            "exam_simulation",
                            .object([
                                ("seed", .int(Int(SimulateCommand.defaultSeed))),
                                ("answers", .int(simulated.totalAnswers)),
                                ("minutes", .double(simulated.totalMinutes)),
                                ("answers_per_day", .array(simulated.days.map { .int($0.answers) })),
                                ("mean_recall_on_the_day", .optional(simulated.examDay?.meanRecall)),
                            ])
                        ))
                }
                value = .object(fields)
            }
            session.print(value.serialized(pretty: true))
        } else {
            session.print(lines: lines(statistics, catalog: catalog, session: session, simulated: simulated))
            if let outlook {
                session.print(
                    lines: ExamLines.statsLines(outlook, style: session.style, wrapWidth: session.tableWidth))
            }
        }
        return .success
    }

    static func lines(
        _ statistics: StudyStatistics, catalog: CardCatalog, session: AppSession,
        simulated: SimulationResult? = nil
    ) -> [String] {
        let style = session.style
        var lines: [String] = []
        lines += forecastLines(
            statistics.forecast, exam: statistics.forecastExam, width: session.width, style: style,
            wrapWidth: session.tableWidth, simulated: simulated)
        lines.append("")

        let total = statistics.activity.map(\.reviews).reduce(0, +)
        lines.append(
            style.heading("Reviews per day, last \(statistics.activity.count / 7) weeks")
                + " (\(plural(total, "review")))")
        let heatmap = Heatmap(days: statistics.activity.map { ($0.day.weekday, $0.reviews) })
        lines += heatmap.lines(style: style)
        lines.append(style.dim(heatmap.legend(style: style)))
        let streak = statistics.streak
        lines.append(
            "Streak: \(plural(streak.current, "day"))\(streak.studiedToday ? "" : " (not yet today)"), "
                + "longest \(plural(streak.longest, "day"))")
        lines.append("")

        let retention = statistics.retention
        lines.append(
            style.heading("Retention, last 30 days") + ": "
                + (retention.overall.rate.map {
                    "\(percent($0)) of \(plural(retention.overall.reviews, "review"))"
                }
                    ?? "no reviews of learned cards yet"))
        if retention.overall.reviews > 0 {
            lines += retentionTable("DECK", retention.byDeck, style: style)
            lines += retentionTable("TAG", retention.byTag, style: style)
        }
        lines.append("")

        let cards = statistics.cards
        lines.append(style.heading("Cards") + " (\(cards.total))")
        lines += TextTable(
            header: ["NEW", "LEARNING", "REVIEW", "MATURE", "RELEARNING", "SUSPENDED", "SKIPPED", "LEECHES"],
            rows: [
                [
                    cards.new, cards.learning, cards.review, cards.mature, cards.relearning, cards.suspended,
                    cards.buried, cards.leeches,
                ].map(String.init)
            ]
        ).lines(style: style, fitting: session.tableWidth)
        let legend =
            "Mature: a review interval of 21 days or more. Skipped: back tomorrow. Mature, skipped and leeches "
            + "are counted again from the columns before them, so they do not add to the total."
        lines +=
            session.tableWidth.map { TextWrapper(width: $0, style: style).wrap(legend, apply: style.dim) }
            ?? [style.dim(legend)]
        if !statistics.leeches.isEmpty {
            lines.append("")
            lines.append(style.heading("Leeches") + " (forgotten \(LeechPolicy.defaultThreshold)+ times)")
            for leech in statistics.leeches {
                let entry = catalog[leech.cardID]
                let prompt =
                    entry.map { TerminalSanitizer.clean($0.question.prompt, keepNewlines: false) } ?? ""
                lines += leechLines(
                    cardID: leech.cardID, lapses: leech.lapses, suspended: leech.suspended, prompt: prompt,
                    width: session.tableWidth, style: style)
                if let link = entry?.question.lesson, !link.isUnlinked {
                    lines.append(style.dim("    reread: palpate read \(link)"))
                }
            }
            lines.append(style.dim("Bring them back with 'palpate restore CARD' after rereading."))
        }
        return lines
    }

    /// A leech: its card, lapses and prompt (cut at 60 characters) on one line, or on a terminal
    /// too narrow for that, the prompt wrapped under the card. Piped, always one line.
    static func leechLines(
        cardID: String, lapses: Int, suspended: Bool, prompt: String, width: Int?, style: TerminalStyle
    ) -> [String] {
        let shortened = prompt.count > 60 ? String(prompt.prefix(59)) + "…" : prompt
        let counts = "\(plural(lapses, "lapse"))\(suspended ? ", suspended" : "")"
        let facts = "  \(cardID)  \(counts)"
        guard let width, facts.count + 2 + shortened.count > width else { return [facts + "  " + shortened] }
        // An id is never broken: when it leaves no room for the counts, they go under it too.
        let head = facts.count <= width ? [facts] : ["  \(cardID)", "    " + counts]
        return head + TextWrapper(width: width, style: style).wrap(shortened, indent: "    ")
    }

    /// The forecast chart: a bar a day, or a bar a week when it runs past four weeks (exam mode
    /// reaches the exam). With exam mode each bar holds the reviews and the planned new cards.
    static func forecastLines(
        _ forecast: [ForecastDay], exam goal: ExamGoal?, width: Int, style: TerminalStyle,
        wrapWidth: Int? = nil,
        simulated: SimulationResult? = nil
    ) -> [String] {
        // On a terminal prose wraps at a word; piped, each sentence stays on one line.
        func prose(_ text: String) -> [String] {
            guard let wrapWidth else { return [style.dim(text)] }
            return TextWrapper(width: wrapWidth, style: style).wrap(text, apply: style.dim)
        }
        var lines: [String] = []
        let exam = goal != nil
        if let goal {
            let moved = forecast.reduce(0) { $0 + $1.broughtForward }
            lines.append(style.heading("Due in the next \(forecast.count) days"))
            lines += prose(
                "Exam on \(goal.date). Exam mode brings \(plural(moved, "review")) forward and plans "
                    + "\(plural(forecast.reduce(0) { $0 + $1.newCards }, "new card")) (due + new = cards to answer):"
            )
        } else {
            lines.append(style.heading("Due in the next \(forecast.count) days"))
        }
        let weekly = forecast.count > 28
        let groups: [[ForecastDay]] =
            weekly
            ? stride(from: 0, to: forecast.count, by: 7).map {
                Array(forecast[$0..<min($0 + 7, forecast.count)])
            }
            : forecast.map { [$0] }
        let rows = groups.enumerated().map { index, days -> (label: String, value: Int) in
            let first = days[0]
            var label: String
            if weekly {
                label = "week of \(first.day.label)"
            } else {
                let name = index == 0 ? "today" : Heatmap.weekdayNames[first.day.weekday - 1]
                label = "\(name.padding(toLength: 5, withPad: " ", startingAt: 0)) \(first.day.label)"
            }
            let due = days.reduce(0) { $0 + $1.due }
            let new = days.reduce(0) { $0 + $1.newCards }
            if exam {
                label +=
                    "  \(TextTable.rightAligned(String(due), width: 4)) due + \(TextTable.rightAligned(String(new), width: 3)) new ="
            }
            return (label, due + new)
        }
        let labelWidth = rows.map(\.label.count).max() ?? 0
        var chart = BarChart(rows: rows, barWidth: max(10, width - labelWidth - 18)).lines(style: style)
        // The exam's day (or week) is marked, so the days after it read as the normal schedule.
        if let goal, let index = groups.firstIndex(where: { $0.contains { $0.day.civilDay == goal.date } }) {
            chart[index] += style.bold("  ← exam")
        }
        lines += chart
        if weekly { lines += prose("One bar a week: the exam is more than four weeks away.") }
        if exam {
            lines += prose(
                "Each card counted once, on its next due; the reviews your answers lead to come on top"
                    + (simulated == nil ? "." : ":"))
        }
        if let simulated, let goal { lines += prose(examSimulationLine(simulated, goal: goal)) }
        return lines
    }

    /// The days up to the exam simulated with exam mode (seed 42): the workload with the reviews
    /// today's and later answers lead to, which the forecast of dues cannot show.
    static func examSimulationLine(_ result: SimulationResult, goal: ExamGoal) -> String {
        let days = max(1, result.days.count)
        var text =
            "Simulated up to the exam with exam mode (seed \(SimulateCommand.defaultSeed)): about "
            + "\(plural(result.totalAnswers, "answer")), \(SimulationReport.number(result.totalMinutes / Double(days), 1)) "
            + "minutes a day"
        if let busiest = result.busiestDay {
            text +=
                ", the busiest day \(goal.date.adding(days: busiest.index - result.days.count)) with "
                + plural(busiest.day.answers, "answer")
        }
        if let day = result.examDay {
            text +=
                "; kept up, it leaves a mean predicted recall of \(percent(day.meanRecall)) on the day "
                + "(the readiness below counts only what you know today)"
        }
        return text + ". 'palpate simulate --exam-date \(goal.date)' compares it without exam mode."
    }

    private static func retentionTable(
        _ title: String, _ tallies: [String: RetentionTally], style: TerminalStyle
    ) -> [String] {
        let rows = tallies.keys.sorted().map { key in
            let tally = tallies[key] ?? RetentionTally()
            return [
                "  " + TerminalSanitizer.clean(key, keepNewlines: false), String(tally.reviews),
                tally.rate.map(percent) ?? "-",
            ]
        }
        return TextTable(header: ["  " + title, "REVIEWS", "RETENTION"], rows: rows, rightAligned: [1, 2])
            .lines(style: style)
    }

    static func json(_ statistics: StudyStatistics, catalog: CardCatalog) -> JSONValue {
        func tally(_ tally: RetentionTally) -> JSONValue {
            .object([
                ("reviews", .int(tally.reviews)), ("recalled", .int(tally.recalled)),
                ("rate", .optional(tally.rate)),
            ])
        }
        func tallies(_ all: [String: RetentionTally]) -> JSONValue {
            .object(all.keys.sorted().map { ($0, tally(all[$0] ?? RetentionTally())) })
        }
        let cards = statistics.cards
        // The exam-mode fields only in exam mode, so other output reads as before.
        let exam = statistics.forecastExam != nil
        return .object([
            ("day", .string(statistics.today.label)),
            (
                "forecast",
                .array(
                    statistics.forecast.map {
                        var fields: [(String, JSONValue)] = [
                            ("day", .string($0.day.label)), ("due", .int($0.due)),
                        ]
                        if exam {
                            fields += [
                                ("brought_forward", .int($0.broughtForward)), ("new", .int($0.newCards)),
                            ]
                        }
                        return .object(fields)
                    })
            ),
            (
                "reviews_per_day",
                .array(
                    statistics.activity.map {
                        .object([("day", .string($0.day.label)), ("reviews", .int($0.reviews))])
                    })
            ),
            (
                "retention_30_days",
                .object([
                    ("overall", tally(statistics.retention.overall)),
                    ("by_deck", tallies(statistics.retention.byDeck)),
                    ("by_tag", tallies(statistics.retention.byTag)),
                ])
            ),
            (
                "cards",
                .object([
                    ("new", .int(cards.new)), ("learning", .int(cards.learning)),
                    ("review", .int(cards.review)),
                    ("mature", .int(cards.mature)), ("relearning", .int(cards.relearning)),
                    ("suspended", .int(cards.suspended)), ("buried", .int(cards.buried)),
                    ("leeches", .int(cards.leeches)),
                ])
            ),
            (
                "leeches",
                .array(
                    statistics.leeches.map { leech in
                        .object([
                            ("card", .string(leech.cardID)), ("lapses", .int(leech.lapses)),
                            ("suspended", .bool(leech.suspended)),
                            ("lesson", .optional(catalog[leech.cardID]?.question.lesson.description)),
                        ])
                    })
            ),
            (
                "streak",
                .object([
                    ("current", .int(statistics.streak.current)),
                    ("longest", .int(statistics.streak.longest)),
                    ("studied_today", .bool(statistics.streak.studiedToday)),
                ])
            ),
        ])
    }
}
