import Decks
import Foundation
import Insights
import Scheduling
import TextFormats

/// How the exam outlook reads on the dashboard and in `stats`, and in their JSON.
enum ExamLines {
    static func lines(_ outlook: ExamOutlook) -> [String] {
        let readiness = outlook.readiness
        var first: String
        if let goal = outlook.goal, let days = outlook.daysLeft {
            first =
                "\(clean(outlook.name)) in \(plural(days, "day")) (\(goal.date)) · readiness \(percent(readiness.predicted))"
        } else {
            first = "readiness \(percent(readiness.predicted)) for \(clean(outlook.name)) if it were today"
        }
        if let weakest = readiness.weakest {
            first += " · weakest area: \(clean(weakest.title)), \(weakest.band.rawValue)"
        }
        var lines = [first]
        lines.append(
            "predicted by the scheduler's memory model: \(readiness.studied) of \(readiness.questions) questions studied, the rest at guessing odds"
        )
        if let intake = outlook.intake {
            if intake.stillNew > 0 && intake.isWithinLead {
                lines.append(
                    "the exam is less than a week away: at \(intake.perDay) a day, \(plural(intake.stillNew, "card")) "
                        + "will still be new; raise new-per-day to \(intake.needed) to start them all today, or "
                        + "narrow the scope with --deck")
            } else if intake.stillNew > 0 {
                lines.append(
                    "at \(intake.perDay) a day, \(plural(intake.stillNew, "card")) will still be new on \(intake.deadline): "
                        + "raise new-per-day to \(intake.needed) or narrow the scope with --deck")
            } else if intake.perDay > 0 && intake.isWithinLead {
                lines.append("new cards: the last \(intake.perDay) today, before the exam")
            } else if intake.perDay > 0 {
                lines.append(
                    "new cards: \(intake.perDay) a day, every card started by \(intake.deadline) (a week before the exam)"
                )
            }
        }
        return lines
    }

    /// The dashboard's workload row: what exam mode will ask between today and the exam.
    static func workload(_ outlook: ExamOutlook) -> String? {
        guard let work = outlook.workload, work.days > 0 else { return nil }
        var text =
            "\(plural(work.days, "day")) to the exam: \(plural(work.reviews, "card")) due as they stand"
        if work.broughtForward > 0 { text += " (\(work.broughtForward) brought forward for the exam)" }
        text += " and \(plural(work.newCards, "new card")) planned"
        if let busiest = work.busiest {
            text += "; busiest \(busiest.day.label) with \(busiest.total)"
        }
        return text + "; with the reviews your answers lead to: palpate stats"
    }

    /// `palpate stats`'s section: the outlook, then each area's predicted score and band.
    static func statsLines(_ outlook: ExamOutlook, style: TerminalStyle, wrapWidth: Int? = nil) -> [String] {
        var lines = ["", style.heading("Exam readiness (a prediction, not a score)")]
        // On a terminal each sentence wraps at a word; piped, it stays on one line.
        for line in Self.lines(outlook) {
            lines += wrapWidth.map { TextWrapper(width: $0, style: style).wrap(line) } ?? [line]
        }
        guard !outlook.readiness.areas.isEmpty else { return lines }
        // On a narrow terminal a long area name is cut to keep each row on one line.
        let nameWidth = wrapWidth.map { max(16, $0 - 40) } ?? Int.max
        let rows = outlook.readiness.areas.map {
            [
                ShortText.cut(clean($0.title), to: nameWidth), percent($0.share),
                "\($0.studied)/\($0.questions)", percent($0.predicted),
                $0.band.rawValue,
            ]
        }
        lines += TextTable(
            header: ["AREA", "WEIGHT", "STUDIED", "PREDICTED", "BAND"], rows: rows, rightAligned: [1, 2, 3]
        ).lines(style: style).map { "  " + $0 }
        let bands = "bands against the 70% pass mark: good 80% or more, borderline 60–79%, poor under 60%"
        lines +=
            wrapWidth.map { TextWrapper(width: $0, style: style).wrap(bands, indent: "  ", apply: style.dim) }
            ?? [style.dim("  " + bands)]
        return lines
    }

    static func json(_ outlook: ExamOutlook) -> JSONValue {
        let readiness = outlook.readiness
        var fields: [(String, JSONValue)] = [
            ("name", .string(outlook.name)),
            ("date", outlook.goal.map { .string($0.date.description) } ?? .null),
            ("days_left", .optional(outlook.daysLeft)),
            ("target", outlook.goal.map { .double($0.target) } ?? .null),
            ("readiness", .double(readiness.predicted)),
            ("readiness_is", .string("a prediction from the scheduler's memory model")),
            (
                "predicted_for",
                .string(ISOTimestamp.format(Instant(outlook.predictedFor), fractionalSeconds: false))
            ),
            ("questions", .int(readiness.questions)), ("studied", .int(readiness.studied)),
            (
                "areas",
                .array(
                    readiness.areas.map {
                        .object([
                            ("area", .string($0.id)), ("name", .string($0.title)),
                            ("share", .double($0.share)),
                            ("questions", .int($0.questions)), ("studied", .int($0.studied)),
                            ("readiness", .double($0.predicted)), ("band", .string($0.band.rawValue)),
                        ])
                    })
            ),
        ]
        if let work = outlook.workload {
            fields.append(
                (
                    "workload",
                    .object([
                        ("days", .int(work.days)), ("reviews", .int(work.reviews)),
                        ("brought_forward", .int(work.broughtForward)), ("new_cards", .int(work.newCards)),
                        ("busiest_day", work.busiest.map { .string($0.day.label) } ?? .null),
                        ("busiest_cards", .optional(work.busiest?.total)),
                    ])
                ))
        }
        if let intake = outlook.intake {
            fields.append(
                (
                    "new_cards",
                    .object([
                        ("per_day", .int(intake.perDay)), ("deadline", .string(intake.deadline.description)),
                        ("still_new_at_deadline", .int(intake.stillNew)),
                        ("needed_per_day", .int(intake.needed)),
                    ])
                ))
        }
        return .object(fields)
    }

    private static func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }
}
