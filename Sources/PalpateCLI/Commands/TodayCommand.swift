import Content
import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate today` — also what `palpate` alone shows: the dashboard a student opens each morning.
enum TodayCommand: Command {
    static let name = "today"
    static let summary = "Show today's dashboard (also what 'palpate' alone shows)"
    static let usage = "palpate today [--json]"
    static let discussion = """
        Cards due now and later today, new cards available, your streak, retention over the last 30 days \
        (reviews of graduated cards not forgotten), the next lesson worth reading, and what to run next.
        """
    static let options: [OptionSpec] = [.flag("--json", "Print the figures as JSON.")]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'today' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help today'.")
        }
        let library = try session.studyContent(requiringDecks: true)
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let now = session.context.clock()
        let overview: StudyOverview
        let name: String?
        let plan: StudyPlan
        let suggestion: OptimizeSuggestion?
        let outlook: ExamOutlook?
        do {
            let settings = try store.settings()
            name = settings.name.isEmpty ? nil : settings.name
            plan = try StudyPlan(settings: settings, timeZone: session.context.timeZone)
            overview = try StudyOverview.make(
                store: store, catalog: CardCatalog(library: library), plan: plan, lessons: library.lessons,
                now: now)
            suggestion = try OptimizeSuggestion.make(store: store, parameters: settings.parameters, now: now)
            outlook = try ExamOutlook.make(
                store: store, catalog: CardCatalog(library: library), plan: plan,
                blueprint: library.blueprint,
                examName: settings.examName, now: now)
        } catch {
            throw CommandFailure("\(error)")
        }
        if arguments.has("--json") {
            session.print(json(overview, outlook: outlook).serialized(pretty: true))
        } else {
            let moments = MomentFormatter(timeZone: session.context.timeZone, calendar: plan.calendar)
            session.print(
                lines: lines(
                    overview, name: name, moments: moments, style: session.style, now: now,
                    suggestion: suggestion, outlook: outlook, width: session.tableWidth))
        }
        return .success
    }

    static func lines(
        _ overview: StudyOverview, name: String?, moments: MomentFormatter, style: TerminalStyle, now: Date,
        suggestion: OptimizeSuggestion? = nil, outlook: ExamOutlook? = nil, width: Int? = nil
    ) -> [String] {
        let calendarDay = overview.today.label
        var lines = [style.heading("Palpate · \(calendarDay)") + (name.map { " · \(clean($0))" } ?? ""), ""]
        // On a terminal a long value wraps under its column (the exam line is longer than 60
        // columns); piped, a row stays on one line for scripts.
        let valueWrapper = width.map { TextWrapper(width: max(20, $0), style: style) }
        func row(_ label: String, _ value: String) {
            let head = style.bold(label.padding(toLength: 13, withPad: " ", startingAt: 0))
            guard let valueWrapper else { return lines.append(head + value) }
            // Every line, the first too, is indented by the label's width, which the label then takes.
            let wrapped = valueWrapper.wrap(value, indent: String(repeating: " ", count: 13))
            lines.append(head + (wrapped.first.map { String($0.dropFirst(13)) } ?? ""))
            lines += wrapped.dropFirst()
        }
        row(
            "Due now",
            "\(plural(overview.dueNow, "card")): \(overview.learningDue) learning, \(overview.reviewsDue) to review, "
                + "\(overview.newAvailable) new")
        row("Later today", plural(overview.laterToday, "card"))
        row("Not started", "\(plural(overview.unseen, "card")) you have not studied yet")
        let streak = overview.streak
        row(
            "Streak",
            plural(streak.current, "day")
                + (streak.studiedToday
                    ? ", studied today" : streak.current > 0 ? ", not yet today: review to keep it" : ""))
        if let rate = overview.retention.rate {
            row(
                "Retention",
                "\(percent(rate)) of \(plural(overview.retention.reviews, "review")) in the last 30 days")
        } else {
            row("Retention", "no reviews of learned cards in the last 30 days yet")
        }
        if let outlook {
            for (index, line) in ExamLines.lines(outlook).enumerated() { row(index == 0 ? "Exam" : "", line) }
            if let workload = ExamLines.workload(outlook) { row("Workload", workload) }
        }
        if let next = overview.nextLesson {
            let why =
                switch next.reason {
                case .unread: "not read yet"
                case .reread(let lapses):
                    "worth rereading: its cards were forgotten \(plural(lapses, "time"))"
                }
            row("Next lesson", "\(clean(next.lesson.title)) (\(why))")
        }
        lines.append("")
        lines.append(style.bold("What to run:"))
        var commands: [(String, String)] = []
        if overview.dueNow > 0 {
            commands.append(("palpate review", "\(plural(overview.dueNow, "card")) waiting"))
        } else if let nextDue = overview.nextDue {
            let moment = moments.describe(nextDue, relativeTo: now)
            commands.append(("palpate review", "nothing due now; next card \(moment)"))
        }
        if let next = overview.nextLesson {
            commands.append(("palpate read \(next.lesson.id)", clean(next.lesson.title)))
        }
        commands.append(("palpate exam", "a 25-question practice exam"))
        commands.append(("palpate stats", "forecast, calendar, retention by deck and tag"))
        if let suggestion {
            let since =
                suggestion.lastFit.map {
                    " since your last fit on \(moments.calendar.studyDay(containing: $0).label)"
                } ?? ""
            let reviews =
                suggestion.newReviews >= OptimizeSuggestion.countedUpTo
                ? "\(suggestion.newReviews)+ reviews" : plural(suggestion.newReviews, "review")
            commands.append(("palpate optimize", "fit FSRS to your \(reviews)\(since)"))
        }
        let commandWidth = commands.map(\.0.count).max() ?? 0
        for (command, what) in commands {
            let head = "  " + command.padding(toLength: commandWidth + 2, withPad: " ", startingAt: 0)
            // On a terminal the description wraps under its column (seen cut mid-word at 60
            // columns); piped, each command stays on one line.
            guard let valueWrapper, head.count + 12 <= valueWrapper.width else {
                lines.append(head + style.dim(what))
                continue
            }
            let indent = String(repeating: " ", count: head.count)
            let wrapped = valueWrapper.wrap(what, indent: indent, apply: style.dim)
            lines.append(head + (wrapped.first.map { String($0.dropFirst(head.count)) } ?? ""))
            lines += wrapped.dropFirst()
        }
        return lines
    }

    private static func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }

    static func json(_ overview: StudyOverview, outlook: ExamOutlook? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("day", .string(overview.today.label)),
            ("due_now", .int(overview.dueNow)),
            ("learning_due", .int(overview.learningDue)),
            ("reviews_due", .int(overview.reviewsDue)),
            ("later_today", .int(overview.laterToday)),
            ("new_available", .int(overview.newAvailable)),
            ("unseen", .int(overview.unseen)),
            ("answered_today", .int(overview.answeredToday)),
            (
                "next_due",
                overview.nextDue.map { .string(ISOTimestamp.format(Instant($0), fractionalSeconds: false)) }
                    ?? .null
            ),
            ("streak_days", .int(overview.streak.current)),
            ("studied_today", .bool(overview.streak.studiedToday)),
            ("retention_30_days", overview.retention.rate.map { .double($0) } ?? .null),
            ("retention_reviews", .int(overview.retention.reviews)),
            ("next_lesson", overview.nextLesson.map { .string($0.lesson.id) } ?? .null),
        ]
        // Only with an exam date or a blueprint, so other courses' output reads as before.
        if let outlook { fields.append(("exam", ExamLines.json(outlook))) }
        return .object(fields)
    }
}

/// `0.914` as `91%`.
func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
