import Foundation
import Insights
import TextFormats

/// Merges students' JSON reports into a class report.
///
/// A file that cannot be read or is not a `palpate-report/1` report is skipped with its
/// location; two reports for the same student (same name, ignoring case and surrounding spaces)
/// keep the newer, and the older's readiness becomes the one a fall is measured from; decks seen in different versions are named. Nothing stops the others.
public enum ClassReportBuilder {
    /// Questions whose facility is under this go on the "lessons to revisit" list.
    public static let revisitFacility = 0.6

    /// One report to merge, read when its turn comes (a window at a time, see
    /// `ReportJSON.decodeWithoutReviews`), so the class view holds one file's window at a time
    /// and each student's summaries, never the files.
    public struct Source: Sendable {
        /// The file as the instructor named it.
        public var name: String
        public var chunks: ByteChunks

        public init(name: String, chunks: ByteChunks) {
            self.name = name
            self.chunks = chunks
        }

        public init(name: String, bytes: [UInt8]) {
            self.init(name: name, chunks: .bytes(bytes))
        }
    }

    public static func build(_ sources: [Source], now: Date) -> (
        report: ClassReport, problems: [ClassReportProblem]
    ) {
        var problems: [ClassReportProblem] = []
        var kept: [String: (report: StudentReport, file: String)] = [:]
        var order: [String] = []
        // Every readiness figure per student, to compare the kept report with the one before it.
        var readinessSeen: [String: [ReadinessHistory.Point]] = [:]
        for source in sources {
            let report: StudentReport
            do {
                report = try ReportJSON.decodeWithoutReviews(source.chunks, file: source.name)
            } catch {
                problems.append(.unreadable(error))
                continue
            }
            let key = report.student.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if let readiness = report.readiness {
                readinessSeen[key, default: []].append(
                    ReadinessHistory.Point(at: report.generatedAt, readiness: readiness.readiness))
            }
            if let previous = kept[key] {
                let newer = report.generatedAt > previous.report.generatedAt
                problems.append(
                    .duplicateStudent(
                        name: report.student, kept: newer ? source.name : previous.file,
                        dropped: newer ? previous.file : source.name))
                if newer { kept[key] = (report, source.name) }
            } else {
                kept[key] = (report, source.name)
                order.append(key)
            }
        }
        let merged = order.compactMap { kept[$0] }.sorted {
            ($0.report.student, $0.file) < ($1.report.student, $1.file)
        }
        problems += deckVersionProblems(merged)
        var previous: [String: ReadinessHistory.Point] = [:]
        for (key, entry) in kept {
            let earlier = (readinessSeen[key] ?? []).filter { $0.at < entry.report.generatedAt }
            if let latest = earlier.max(by: { $0.at < $1.at }) { previous[entry.file] = latest }
        }
        return (classReport(merged, previousReadiness: previous, now: now), problems)
    }

    /// - Parameter previousReadiness: by file, the readiness of an older report of the same
    ///   student, which a fall is measured from in place of the report's own week-old figure.
    private static func classReport(
        _ merged: [(report: StudentReport, file: String)],
        previousReadiness: [String: ReadinessHistory.Point],
        now: Date
    ) -> ClassReport {
        let reports = merged.map(\.report)
        var report = ClassReport(generatedAt: now)
        report.students = merged.map {
            var row = ClassReport.StudentRow(report: $0.report, file: $0.file)
            if let earlier = previousReadiness[$0.file] { row.previousReadiness = earlier }
            return row
        }
        var deckIDs: [String] = []
        for student in reports {
            for deck in student.byDeck where !deckIDs.contains(deck.name) { deckIDs.append(deck.name) }
        }
        report.deckIDs = deckIDs
        report.tags = Set(reports.flatMap { $0.byTag.map(\.name) }).sorted()
        report.atRisk = report.students.compactMap { student in
            let reasons = AtRiskRule.reasons(for: student, now: now)
            return reasons.isEmpty ? nil : ClassReport.AtRisk(student: student.name, reasons: reasons)
        }
        report.items = ItemAnalysis.analyse(reports)
        var hardByLesson: [String: [ItemAnalysis]] = [:]
        for item in report.items where item.facility < revisitFacility {
            hardByLesson[item.lesson, default: []].append(item)
        }
        report.revisit = hardByLesson.map { lesson, items in
            ClassReport.LessonNeed(
                lesson: lesson, cards: items.map(\.card),
                facility: items.reduce(0) { $0 + $1.facility } / Double(items.count))
        }.sorted { ($0.facility, $0.lesson) < ($1.facility, $1.lesson) }
        report.exams = ExamDistribution(scores: reports.flatMap { $0.exams.map { ($0.score, $0.passed) } })
        report.misconceptions = ClassReport.MisconceptionSpread.merge(reports)
        return report
    }

    /// One warning per deck whose version or fingerprint differs between reports.
    private static func deckVersionProblems(_ merged: [(report: StudentReport, file: String)])
        -> [ClassReportProblem]
    {
        var versions: [String: [String: [String]]] = [:]
        var labelOrder: [String: [String]] = [:]
        for (report, file) in merged {
            for deck in report.decks {
                let label = "version \(deck.version) (fingerprint \(deck.fingerprint))"
                if versions[deck.id]?[label] == nil { labelOrder[deck.id, default: []].append(label) }
                versions[deck.id, default: [:]][label, default: []].append(file)
            }
        }
        return versions.keys.sorted().compactMap { deck in
            guard let labels = labelOrder[deck], labels.count > 1 else { return nil }
            return .deckVersions(deck: deck, versions: labels.map { ($0, versions[deck]?[$0] ?? []) })
        }
    }
}
