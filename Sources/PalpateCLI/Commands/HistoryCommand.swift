import Foundation
import Insights
import Progress
import Scheduling
import TextFormats

/// `palpate history`: past review sessions and exams, newest first, with the trend.
enum HistoryCommand: Command {
    static let name = "history"
    static let summary = "List past review sessions and exam scores, with the trend"
    static let usage = "palpate history [--kind review|exam] [--limit N] [--json]"
    static let discussion = """
        Newest first: when, what kind, the cards seen and answers given (a learning card can be answered \
        several times), accuracy (right answers out of answers, a recalled flashcard counting as right) for reviews, or score and pass/fail (exams), and \
        how long it took. A session that was killed or is still running shows as unfinished; what it recorded \
        is kept. Below the list: the trend of exam scores (the best straight line through them) and review \
        accuracy of the last 7 sessions against the 7 before.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--kind", value: "review|exam", help: "Only this kind of session."),
        OptionSpec(name: "--limit", value: "N", help: "Show the newest N sessions (default 20)."),
        .flag("--json", "Print every session and the trends as JSON."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'history' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help history'.")
        }
        let kind = try arguments.choice("--kind", SessionKind.allCases.map(\.rawValue), command: name)
            .flatMap(SessionKind.init(rawValue:))
        let limit = try arguments.integer("--limit", in: 1...100_000, command: name) ?? 20
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let all: [SessionRecord]
        do {
            all = try store.sessions(in: .all)
                .filter { ($0.cardsDone > 0 || $0.kind == .exam) && (kind == nil || $0.kind == kind) }
        } catch {
            throw CommandFailure(error.description)
        }
        let examScores = all.filter { $0.kind == .exam }.compactMap(\.score)
        let accuracies = all.filter { $0.kind == .review && $0.cardsDone > 0 }
            .map { ReviewTally(right: $0.correct, answers: $0.cardsDone) }
        if arguments.has("--json") {
            session.print(json(all, examScores: examScores, accuracies: accuracies).serialized(pretty: true))
            return .success
        }
        guard !all.isEmpty else {
            session.print("No sessions yet. Start with 'palpate review' or 'palpate exam'.")
            return .success
        }
        let moments = MomentFormatter(
            timeZone: session.context.timeZone, calendar: StudyCalendar(timeZone: session.context.timeZone))
        let shown = all.reversed().prefix(limit)
        let rows = shown.map { record in
            [
                moments.dateTime(record.startedAt), record.kind.rawValue, String(record.cards),
                String(record.cardsDone), result(record), duration(record),
            ]
        }
        session.print(
            lines: TextTable(
                header: ["STARTED", "KIND", "CARDS", "ANSWERS", "RESULT", "TIME"], rows: rows,
                rightAligned: [2, 3]
            )
            .lines(style: session.style))
        if all.count > shown.count {
            session.print(session.style.dim("(\(all.count - shown.count) older; see --limit)"))
        }
        session.print()
        session.print(lines: trendLines(examScores: examScores, accuracies: accuracies))
        return .success
    }

    private static func result(_ record: SessionRecord) -> String {
        switch record.kind {
        case .exam:
            guard let score = record.score else { return "unfinished" }
            return percent(score) + ((record.passed ?? false) ? " passed" : " failed")
        case .review:
            let accuracy =
                record.cardsDone == 0 ? "-" : percent(Double(record.correct) / Double(record.cardsDone))
            return accuracy + " right" + (record.endedAt == nil ? " (unfinished)" : "")
        }
    }

    private static func duration(_ record: SessionRecord) -> String {
        guard let end = record.endedAt else { return "-" }
        return formatDuration(Int(end.timeIntervalSince(record.startedAt)))
    }

    /// One review session's right answers out of its answers.
    struct ReviewTally {
        let right: Int
        let answers: Int
    }

    /// Right answers over all answers of `sessions`, as the report and the dashboard count
    /// accuracy (an average of the sessions' percentages gave a short session as much weight as
    /// a long one, and disagreed with the report).
    static func accuracy(of sessions: some Collection<ReviewTally>) -> Double {
        let answers = sessions.reduce(0) { $0 + $1.answers }
        return answers == 0 ? 0 : Double(sessions.reduce(0) { $0 + $1.right }) / Double(answers)
    }

    static func trendLines(examScores: [Double], accuracies: [ReviewTally]) -> [String] {
        var lines: [String] = []
        if let trend = ScoreTrend(examScores) {
            let points = (trend.slope * 100 * 10).rounded() / 10
            lines.append(
                "Exam scores: \(percent(trend.first)) → \(percent(trend.last)) over \(trend.count) exams, "
                    + "\(trend.direction) (\(points >= 0 ? "+" : "")\(points) points per exam)")
        } else if let only = examScores.first {
            lines.append("Exam scores: one exam so far, \(percent(only)).")
        }
        if accuracies.count >= 2 {
            let recent = accuracies.suffix(7)
            let before = accuracies.dropLast(recent.count).suffix(7)
            var line =
                "Review accuracy: \(percent(accuracy(of: recent))) over the last \(plural(recent.count, "session"))"
            if !before.isEmpty { line += " (\(percent(accuracy(of: before))) in the \(before.count) before)" }
            lines.append(line)
        }
        return lines
    }

    private static func json(_ records: [SessionRecord], examScores: [Double], accuracies: [ReviewTally])
        -> JSONValue
    {
        func time(_ date: Date?) -> JSONValue {
            date.map { .string(ISOTimestamp.format(Instant($0), fractionalSeconds: false)) } ?? .null
        }
        let sessions = records.reversed().map { record in
            JSONValue.object([
                ("id", .int(Int(record.id.rawValue))), ("kind", .string(record.kind.rawValue)),
                ("started_at", time(record.startedAt)), ("ended_at", time(record.endedAt)),
                ("cards", .int(record.cards)), ("answers", .int(record.cardsDone)),
                ("correct", .int(record.correct)),
                ("score", .optional(record.score)), ("passed", record.passed.map { .bool($0) } ?? .null),
            ])
        }
        let trend = ScoreTrend(examScores)
        return .object([
            ("sessions", .array(sessions)),
            (
                "exam_trend",
                trend.map {
                    .object([
                        ("exams", .int($0.count)), ("first", .double($0.first)), ("last", .double($0.last)),
                        ("slope_per_exam", .double($0.slope)), ("direction", .string($0.direction)),
                    ])
                } ?? .null
            ),
            (
                "review_accuracy_last_7",
                accuracies.isEmpty ? .null : .double(accuracy(of: accuracies.suffix(7)))
            ),
        ])
    }
}
