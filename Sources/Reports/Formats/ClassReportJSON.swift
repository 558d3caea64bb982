import TextFormats

/// The class report as `palpate-class-report/1` JSON, for tools and spreadsheets' importers.
public enum ClassReportJSON {
    public static func encode(_ report: ClassReport) -> String {
        JSONValue.object([
            ("format", .string(ClassReport.formatName)),
            ("generated_at", ReportJSON.time(report.generatedAt)),
            ("students", .array(report.students.map { student(_: $0, report: report) })),
            (
                "at_risk",
                .array(
                    report.atRisk.map {
                        .object([
                            ("student", .string($0.student)),
                            ("reasons", .array($0.reasons.map { .string($0) })),
                        ])
                    })
            ),
            ("items", .array(report.items.map(item))),
            ("misconceptions", .array(report.misconceptions.map(misconception))),
            (
                "revisit",
                .array(
                    report.revisit.map {
                        .object([
                            ("lesson", .string($0.lesson)), ("cards", .array($0.cards.map { .string($0) })),
                            ("facility", .double($0.facility)),
                        ])
                    })
            ),
            (
                "exams",
                .object([
                    ("count", .int(report.exams.count)), ("passed", .int(report.exams.passed)),
                    ("mean", .optional(report.exams.mean)), ("median", .optional(report.exams.median)),
                    (
                        "bands",
                        .array(
                            report.exams.bands.enumerated().map {
                                .object([
                                    ("band", .string(ExamDistribution.bandLabel($0.offset))),
                                    ("count", .int($0.element)),
                                ])
                            })
                    ),
                ])
            ),
        ]).serialized(pretty: true) + "\n"
    }

    private static func misconception(_ spread: ClassReport.MisconceptionSpread) -> JSONValue {
        .object([
            ("deck", .string(spread.deck)), ("decks", .array(spread.decks.map { .string($0) })),
            ("id", .string(spread.id)), ("text", .string(spread.text)),
            ("students", .int(spread.holders.count)), ("class_size", .int(spread.classSize)),
            ("picks", .int(spread.picks)),
            (
                "holders",
                .array(
                    spread.holders.map {
                        .object([("student", .string($0.student)), ("count", .int($0.count))])
                    })
            ),
        ])
    }

    private static func student(_ student: ClassReport.StudentRow, report: ClassReport) -> JSONValue {
        func cells(_ cells: [String: ClassReport.Cell], keys: [String]) -> JSONValue {
            .object(
                keys.compactMap { key in
                    guard let cell = cells[key] else { return nil }
                    return (
                        key,
                        .object([
                            ("accuracy", .optional(cell.accuracy)), ("retention", .optional(cell.retention)),
                            ("cards_seen", .int(cell.cardsSeen)), ("cards_total", .int(cell.cardsTotal)),
                            ("reviews", .int(cell.reviews)),
                        ])
                    )
                })
        }
        return .object([
            ("name", .string(student.name)), ("file", .string(student.file)),
            ("report_generated_at", ReportJSON.time(student.reportGeneratedAt)),
            ("last_active", ReportJSON.time(student.lastActive)), ("reviews", .int(student.reviews)),
            ("accuracy", .optional(student.accuracy)), ("retention", .optional(student.retention)),
            ("cards_seen", .int(student.cardsSeen)), ("cards_total", .int(student.cardsTotal)),
            ("leeches", .int(student.leeches)), ("exams", .int(student.exams)),
            ("last_exam_score", .optional(student.lastExamScore)),
            ("misconception_picks", .int(student.misconceptionPicks)),
            ("by_deck", cells(student.byDeck, keys: report.deckIDs)),
            ("by_tag", cells(student.byTag, keys: report.tags)),
            ("readiness", student.readiness.map(ReportJSON.readiness) ?? .null),
            (
                "readiness_previous",
                student.previousReadiness.map {
                    .object([("at", ReportJSON.time($0.at)), ("readiness", .double($0.readiness))])
                } ?? .null
            ),
            ("readiness_change", .optional(student.readinessChange)),
        ])
    }

    private static func item(_ item: ItemAnalysis) -> JSONValue {
        .object([
            ("card", .string(item.card)), ("type", .string(item.kind)), ("prompt", .string(item.prompt)),
            ("lesson", .string(item.lesson)), ("students", .int(item.students)),
            ("attempts", .int(item.attempts)),
            ("correct", .int(item.correct)), ("facility", .double(item.facility)),
            ("discrimination", .optional(item.discrimination)),
            (
                "common_wrong_answer",
                item.commonWrongAnswer.map {
                    .object([("answer", .string($0.answer)), ("count", .int($0.count))])
                }
                    ?? .null
            ),
        ])
    }
}
