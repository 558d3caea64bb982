import TextFormats

/// CSV tables of the class report (RFC 4180, formula-like cells neutralised).
public enum ClassReportCSV {
    public enum Table: String, Sendable, CaseIterable {
        /// Students × decks and tags: one row per student, accuracy and retention per column, then
        /// the predicted exam readiness, its change and each blueprint area's figure and band.
        case students
        /// The item analysis, hardest question first.
        case items
        /// The exam score distribution.
        case exams
        /// Each misconception: how many students hold it, how often they picked it, and who.
        case misconceptions
    }

    public static func encode(_ report: ClassReport, table: Table = .students) -> String {
        let writer = CSVWriter()
        switch table {
        case .students:
            var header = [
                "student", "file", "last_active", "reviews", "accuracy", "retention", "cards_seen", "leeches",
                "exams",
                "last_exam_score", "at_risk", "exam", "exam_date", "readiness", "readiness_previous",
                "readiness_previous_at", "readiness_change",
            ]
            let areas = report.readinessAreas
            header += areas.flatMap { ["area:\($0.id):readiness", "area:\($0.id):band"] }
            header += report.deckIDs.flatMap {
                ["deck:\($0):accuracy", "deck:\($0):retention", "deck:\($0):cards_seen"]
            }
            header += report.tags.flatMap { ["tag:\($0):accuracy", "tag:\($0):retention"] }
            let risks = Dictionary(
                report.atRisk.map { ($0.student, $0.reasons) }, uniquingKeysWith: { first, _ in first })
            let rows = report.students.map { student in
                var row = [
                    student.name, student.file, student.lastActive.map(ReportJSON.timestamp) ?? "",
                    String(student.reviews), ReportNumbers.fraction(student.accuracy),
                    ReportNumbers.fraction(student.retention), String(student.cardsSeen),
                    String(student.leeches),
                    String(student.exams), ReportNumbers.fraction(student.lastExamScore),
                    (risks[student.name] ?? []).joined(separator: "; "),
                    student.readiness?.exam ?? "", student.readiness?.date ?? "",
                    ReportNumbers.fraction(student.readiness?.readiness),
                    ReportNumbers.fraction(student.previousReadiness?.readiness),
                    student.previousReadiness.map { ReportJSON.timestamp($0.at) } ?? "",
                    ReportNumbers.fraction(student.readinessChange),
                ]
                for area in areas {
                    let figure = student.readiness?.areas.first { $0.id == area.id }
                    row += [ReportNumbers.fraction(figure?.readiness), figure?.band ?? ""]
                }
                for deck in report.deckIDs {
                    let cell = student.byDeck[deck]
                    row += [
                        ReportNumbers.fraction(cell?.accuracy), ReportNumbers.fraction(cell?.retention),
                        cell.map { String($0.cardsSeen) } ?? "",
                    ]
                }
                for tag in report.tags {
                    let cell = student.byTag[tag]
                    row += [ReportNumbers.fraction(cell?.accuracy), ReportNumbers.fraction(cell?.retention)]
                }
                return row
            }
            return writer.document([header] + rows)
        case .items:
            let header = [
                "card", "type", "prompt", "lesson", "students", "attempts", "correct", "facility",
                "discrimination",
                "common_wrong_answer", "common_wrong_count",
            ]
            return writer.document(
                [header]
                    + report.items.map { item in
                        [
                            item.card, item.kind, item.prompt, item.lesson, String(item.students),
                            String(item.attempts),
                            String(item.correct), ReportNumbers.fraction(item.facility),
                            ReportNumbers.fraction(item.discrimination), item.commonWrongAnswer?.answer ?? "",
                            item.commonWrongAnswer.map { String($0.count) } ?? "",
                        ]
                    })
        case .misconceptions:
            let header = ["decks", "misconception", "text", "students", "class_size", "picks", "holders"]
            return writer.document(
                [header]
                    + report.misconceptions.map { spread in
                        [
                            spread.decks.joined(separator: " "), spread.id, spread.text,
                            String(spread.holders.count),
                            String(spread.classSize), String(spread.picks),
                            spread.holders.map { "\($0.student) (\($0.count))" }.joined(separator: "; "),
                        ]
                    })
        case .exams:
            return writer.document(
                [["band", "exams"]]
                    + report.exams.bands.enumerated().map {
                        [ExamDistribution.bandLabel($0.offset), String($0.element)]
                    })
        }
    }
}
