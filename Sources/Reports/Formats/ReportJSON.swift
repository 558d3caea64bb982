import Foundation
import Insights
import Scheduling
import TextFormats

/// The `palpate-report/1` JSON form of a student report: the input of the class view.
///
/// Keys are snake_case and always written in the same order; times are ISO-8601 in UTC (with
/// microseconds when they have them); fractions are numbers from 0 to 1; a figure with no data
/// is `null`, never 0. The schema is `Sources/Reports/Schema/report.schema.json`.
public enum ReportJSON {
    public static func encode(_ report: StudentReport) -> String {
        value(report).serialized(pretty: true) + "\n"
    }

    public static func value(_ report: StudentReport) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("format", .string(StudentReport.formatName)),
            ("student", .string(report.student)),
            ("generated_at", time(report.generatedAt)),
            ("time_zone", .string(report.timeZone)),
            (
                "period",
                .object([
                    ("since", .optional(report.period.sinceDay)), ("start", time(report.period.start)),
                    ("end", time(report.period.end)),
                ])
            ),
            ("decks", .array(report.decks.map(deck))),
            ("totals", totals(report.totals)),
            ("cards", cards(report.cards)),
            ("by_deck", .array(report.byDeck.map(group))),
            ("by_tag", .array(report.byTag.map(group))),
            ("weakest", .array(report.weakest.map(weak))),
            ("exams", .array(report.exams.map(exam))),
            ("exam_trend", report.examTrend.map(trend) ?? .null),
            (
                "forecast",
                .array(report.forecast.map { .object([("day", .string($0.day)), ("due", .int($0.due))]) })
            ),
            ("leeches", .array(report.leeches.map(leech))),
            ("activity", .array(report.activity.map(activity))),
            ("items", .array(report.items.map(item))),
            ("misconceptions", .array(report.misconceptions.map(misconception))),
        ]
        // Only when there is something to predict, so other reports read exactly as before.
        if let readiness = report.readiness { fields.append(("readiness", Self.readiness(readiness))) }
        fields.append(("reviews", .array(report.reviews.map(review))))
        return .object(fields)
    }

    static func readiness(_ readiness: StudentReport.Readiness) -> JSONValue {
        .object([
            ("exam", .string(readiness.exam)), ("date", .optional(readiness.date)),
            ("predicted_for", time(readiness.predictedFor)), ("readiness", .double(readiness.readiness)),
            ("questions", .int(readiness.questions)), ("studied", .int(readiness.studied)),
            (
                "areas",
                .array(
                    readiness.areas.map {
                        .object([
                            ("area", .string($0.id)), ("name", .string($0.name)),
                            ("share", .double($0.share)),
                            ("questions", .int($0.questions)), ("studied", .int($0.studied)),
                            ("readiness", .double($0.readiness)), ("band", .string($0.band)),
                        ])
                    })
            ),
            (
                "history",
                .array(
                    readiness.history.map {
                        .object([("at", time($0.at)), ("readiness", .double($0.readiness))])
                    })
            ),
        ])
    }

    /// `2026-03-01T08:00:00Z`, or with six fraction digits when the time has them.
    public static func timestamp(_ date: Date) -> String {
        ISOTimestamp.format(Instant(date), fractionalSeconds: true)
    }

    static func time(_ date: Date?) -> JSONValue { date.map { .string(timestamp($0)) } ?? .null }

    /// The rating as the JSON writes it: `again`, `hard`, `good`, `easy`.
    public static func ratingName(_ rating: Rating) -> String { rating.name.lowercased() }

    private static func deck(_ deck: StudentReport.DeckVersion) -> JSONValue {
        .object([
            ("id", .string(deck.id)), ("title", .string(deck.title)), ("version", .int(deck.version)),
            ("fingerprint", .string(deck.fingerprint)), ("questions", .int(deck.questions)),
        ])
    }

    private static func totals(_ totals: StudentReport.Totals) -> JSONValue {
        .object([
            ("reviews", .int(totals.reviews)), ("correct", .int(totals.correct)),
            ("accuracy", .optional(totals.accuracy)), ("retention", .optional(totals.retention)),
            ("retention_reviews", .int(totals.retentionReviews)),
            ("seconds_studied", .double(totals.secondsStudied)), ("active_days", .int(totals.activeDays)),
            ("streak", .int(totals.streak)), ("longest_streak", .int(totals.longestStreak)),
            ("studied_today", .bool(totals.studiedToday)), ("lessons_read", .int(totals.lessonsRead)),
            ("lessons_total", .int(totals.lessonsTotal)), ("last_active", time(totals.lastActive)),
        ])
    }

    private static func cards(_ cards: CardCounts) -> JSONValue {
        .object([
            ("total", .int(cards.total)), ("new", .int(cards.new)), ("learning", .int(cards.learning)),
            ("review", .int(cards.review)), ("relearning", .int(cards.relearning)),
            ("mature", .int(cards.mature)),
            ("suspended", .int(cards.suspended)), ("buried", .int(cards.buried)),
            ("leeches", .int(cards.leeches)),
        ])
    }

    private static func group(_ group: StudentReport.Group) -> JSONValue {
        .object([
            ("name", .string(group.name)), ("title", .string(group.title)),
            ("cards_total", .int(group.cardsTotal)),
            ("cards_seen", .int(group.cardsSeen)), ("mature", .int(group.mature)),
            ("mean_retrievability", .optional(group.meanRetrievability)), ("reviews", .int(group.reviews)),
            ("correct", .int(group.correct)), ("accuracy", .optional(group.accuracy)),
            ("retention", .optional(group.retention)),
            ("retention_reviews", .optional(group.retentionReviews)),
            ("weakest", .array(group.weakest.map(weak))),
        ])
    }

    private static func weak(_ weak: StudentReport.WeakQuestion) -> JSONValue {
        .object([
            ("card", .string(weak.card)), ("prompt", .string(weak.prompt)), ("lapses", .int(weak.lapses)),
            ("wrong", .int(weak.wrong)), ("lesson", .string(weak.lesson)),
            ("lesson_title", .optional(weak.lessonTitle)), ("answer", .optional(weak.answer)),
        ])
    }

    private static func exam(_ exam: StudentReport.Exam) -> JSONValue {
        func tallies(_ list: [StudentReport.Tally]) -> JSONValue {
            .array(
                list.map {
                    .object([
                        ("name", .string($0.name)), ("correct", .int($0.correct)), ("total", .int($0.total)),
                    ])
                })
        }
        return .object([
            ("started_at", time(exam.startedAt)), ("finished_at", time(exam.finishedAt)),
            ("correct", .int(exam.correct)), ("total", .int(exam.total)), ("score", .double(exam.score)),
            ("passed", .bool(exam.passed)), ("pass_mark", .optional(exam.passMark)),
            ("by_deck", tallies(exam.byDeck)), ("by_tag", tallies(exam.byTag)),
            ("by_case", tallies(exam.byCase)),
        ])
    }

    private static func trend(_ trend: StudentReport.ExamTrend) -> JSONValue {
        .object([
            ("exams", .int(trend.exams)), ("first", .double(trend.first)), ("last", .double(trend.last)),
            ("best", .double(trend.best)), ("mean", .double(trend.mean)),
            ("slope_per_exam", trend.slopePerExam.map { .double($0) } ?? .null),
            ("direction", .optional(trend.direction)),
        ])
    }

    private static func leech(_ leech: StudentReport.Leech) -> JSONValue {
        .object([
            ("card", .string(leech.card)), ("prompt", .string(leech.prompt)), ("lapses", .int(leech.lapses)),
            ("suspended", .bool(leech.suspended)), ("lesson", .string(leech.lesson)),
        ])
    }

    private static func activity(_ day: StudentReport.ActivityDay) -> JSONValue {
        .object([
            ("day", .string(day.day)), ("reviews", .int(day.reviews)), ("correct", .int(day.correct)),
            ("seconds", .double(day.seconds)),
        ])
    }

    private static func misconception(_ count: StudentReport.MisconceptionCount) -> JSONValue {
        .object([
            ("deck", .string(count.deck)), ("decks", .array(count.decks.map { .string($0) })),
            ("id", .string(count.id)), ("text", .string(count.text)), ("count", .int(count.count)),
            ("cards", .array(count.cards.map { .string($0) })),
        ])
    }

    private static func item(_ item: StudentReport.Item) -> JSONValue {
        .object([
            ("card", .string(item.card)), ("type", .string(item.kind)), ("prompt", .string(item.prompt)),
            ("lesson", .string(item.lesson)), ("attempts", .int(item.attempts)),
            ("correct", .int(item.correct)),
            (
                "wrong_answers",
                .array(
                    item.wrongAnswers.map {
                        .object([("answer", .string($0.answer)), ("count", .int($0.count))])
                    })
            ),
        ])
    }

    private static func review(_ review: StudentReport.ReviewEntry) -> JSONValue {
        .object([
            ("at", time(review.at)), ("card", .string(review.card)),
            ("rating", .string(ratingName(review.rating))),
            ("answer", .optional(review.answer)), ("correct", review.correct.map { .bool($0) } ?? .null),
            ("seconds", .optional(review.seconds)),
        ])
    }
}
