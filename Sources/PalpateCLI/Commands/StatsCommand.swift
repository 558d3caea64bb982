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
        cards come by your daily limit, not by date). Calendar: reviews per day over the last weeks. \
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
        do {
            let settings = try store.settings()
            let plan = try StudyPlan(settings: settings, timeZone: session.context.timeZone)
            statistics = try StudyStatistics.make(
                store: store, catalog: catalog, plan: plan, now: session.context.clock(),
                activityDays: weeks * 7)
            outlook = try ExamOutlook.make(
                store: store, catalog: catalog, plan: plan, blueprint: library.blueprint,
                examName: settings.examName, now: session.context.clock())
        } catch {
            throw CommandFailure("\(error)")
        }
        if arguments.has("--json") {
            var value = json(statistics, catalog: catalog)
            if let outlook, case .object(var fields) = value {
                fields.append(("exam", ExamLines.json(outlook)))
                value = .object(fields)
            }
            session.print(value.serialized(pretty: true))
        } else {
            session.print(lines: lines(statistics, catalog: catalog, session: session))
            if let outlook { session.print(lines: ExamLines.statsLines(outlook, style: session.style)) }
        }
        return .success
    }

    static func lines(_ statistics: StudyStatistics, catalog: CardCatalog, session: AppSession) -> [String] {
        let style = session.style
        var lines: [String] = []
        lines.append(style.heading("Due in the next \(statistics.forecast.count) days"))
        let forecastRows = statistics.forecast.enumerated().map { index, day in
            let name = index == 0 ? "today" : Heatmap.weekdayNames[day.day.weekday - 1]
            return (
                label: "\(name.padding(toLength: 5, withPad: " ", startingAt: 0)) \(day.day.label)",
                value: day.due
            )
        }
        lines += BarChart(rows: forecastRows, barWidth: max(10, session.width - 30)).lines(style: style)
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
        ).lines(style: style)
        lines.append(style.dim("Mature: a review interval of 21 days or more. Skipped: back tomorrow."))
        if !statistics.leeches.isEmpty {
            lines.append("")
            lines.append(style.heading("Leeches") + " (forgotten \(LeechPolicy.defaultThreshold)+ times)")
            for leech in statistics.leeches {
                let entry = catalog[leech.cardID]
                let prompt =
                    entry.map { TerminalSanitizer.clean($0.question.prompt, keepNewlines: false) } ?? ""
                let shortened = prompt.count > 60 ? String(prompt.prefix(59)) + "…" : prompt
                lines.append(
                    "  \(leech.cardID)  \(plural(leech.lapses, "lapse"))\(leech.suspended ? ", suspended" : "")  "
                        + shortened)
                if let link = entry?.question.lesson, !link.isUnlinked {
                    lines.append(style.dim("    reread: palpate read \(link)"))
                }
            }
            lines.append(style.dim("Bring them back with 'palpate restore CARD' after rereading."))
        }
        return lines
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
        return .object([
            ("day", .string(statistics.today.label)),
            (
                "forecast",
                .array(
                    statistics.forecast.map {
                        .object([("day", .string($0.day.label)), ("due", .int($0.due))])
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
