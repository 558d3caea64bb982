import Foundation
import TextFormats

/// What the soak checks at the end, and its table of figures with pass or fail.
struct SoakChecks {
    /// How much the review child's peak memory may grow from day 30 to the last day.
    static let memoryFactor = 1.5
    static let formats = ["json", "csv", "md", "html"]

    /// What the class view produced: its exit status, size and peak memory.
    struct ClassView {
        var status: Int32
        var bytes: Int
    }

    let plan: SoakStudent.Plan
    let tallies: [SoakStudent.Tally]
    let classView: ClassView
    let milliseconds: Double

    /// The morning after the year, when the reports are written.
    static func morningAfter(_ plan: SoakStudent.Plan) -> Date {
        SoakStudent.firstMorning.addingTimeInterval(Double(plan.days) * 86_400)
    }

    /// `palpate doctor` (integrity check and review count) and every report format for one
    /// student, recorded in `tally`.
    static func examine(_ student: SoakStudent, at plan: SoakStudent.Plan, tally: inout SoakStudent.Tally)
        throws
    {
        let moment = morningAfter(plan)
        let (status, doctor) = try student.palpate(["doctor"], at: moment, input: "", ending: .closeInput)
        tally.integrityOK = status == 0 && doctor.contains("Integrity check: ok.")
        if let range = doctor.range(of: #"cards?, \d+ reviews?\."#, options: .regularExpression) {
            tally.storedReviews = Int(doctor[range].split(separator: " ")[1]) ?? -1
        }
        let backups = student.dataDirectory.appendingPathComponent("backups")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: backups.path)) ?? []
        where name.range(of: #"^progress-\d{4}-\d{2}-\d{2}\.sqlite$"#, options: .regularExpression) == nil {
            tally.leftoverFiles += 1
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: backups.appendingPathComponent(name).path)
            tally.leftoverBytes += (attributes?[.size] as? Int) ?? 0
        }
        for format in formats {
            let (status, text) = try student.palpate(
                ["report", "--format", format], at: moment, input: "", ending: .closeInput)
            let file = student.folder.appendingPathComponent("report.\(format)")
            try Data(text.utf8).write(to: file)
            if status == 0 && !text.isEmpty { tally.reportsWritten += 1 }
            if format == "json" {
                let members = (try? JSONParser.parse(Array(text.utf8)).objectValue) ?? []
                let totals = members.first { $0.key == "totals" }?.value.objectValue ?? []
                tally.reportedReviews = totals.first { $0.key == "reviews" }?.value.integerValue ?? -1
            }
        }
    }

    /// `palpate class-report` over every student's JSON report, as HTML.
    static func classView(folder: URL, plan: SoakStudent.Plan, content: String) throws -> ClassView {
        let reports = (0..<plan.students).map {
            folder.appendingPathComponent("student-\($0 + 1)/report.json").path
        }
        let output = folder.appendingPathComponent("class.html").path
        let status = try SoakChild.run(
            ["--content", content, "class-report"] + reports + ["--format", "html"],
            environment: [
                "PALPATE_NOW": ISO8601DateFormatter().string(from: morningAfter(plan)), "TZ": "UTC",
            ],
            input: "", ending: .closeInput, standardOutput: output,
            standardError: folder.appendingPathComponent("class.stderr").path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        return ClassView(status: status, bytes: bytes)
    }

    /// A row's `passed` is nil for a figure shown as a note, which does not fail the run.
    private typealias Row = (check: String, figure: String, passed: Bool?)

    private var rows: [Row] {
        let failures = tallies.flatMap(\.failures)
        let lost = tallies.filter { $0.storedReviews < $0.confirmed }.count
        let extra = tallies.filter { $0.storedReviews > $0.confirmed + $0.killsSinceRestore }.count
        let confirmed = tallies.reduce(0) { $0 + $1.confirmed }
        let stored = tallies.reduce(0) { $0 + $1.storedReviews }
        let disagree = tallies.filter { $0.reportedReviews != $0.storedReviews }.count
        let sound = tallies.filter(\.integrityOK).count
        let reports = tallies.reduce(0) { $0 + $1.reportsWritten }
        let early = Double(tallies.map(\.earlyPeakKB).max() ?? 0) / 1_024
        let late = Double(tallies.map(\.latePeakKB).max() ?? 0) / 1_024
        let sum = { (key: KeyPath<SoakStudent.Tally, Int>) in tallies.reduce(0) { $0 + $1[keyPath: key] } }
        return [
            (
                "sessions end as driven",
                "\(sum(\.sessions)) sessions: \(sum(\.quits)) quit, \(sum(\.closedInput)) input closed, "
                    + "\(sum(\.killed)) killed; \(sum(\.undos)) u sent; \(sum(\.restores)) restores; "
                    + "\(failures.count) unexpected", failures.isEmpty
            ),
            (
                "nothing lost",
                "\(confirmed) answers confirmed, \(stored) stored; \(lost) students missing any, "
                    + "\(extra) with more than one unseen per kill", lost == 0 && extra == 0 && stored > 0
            ),
            (
                "report json = store",
                "totals.reviews differs from doctor's count for \(disagree) of \(tallies.count)",
                disagree == 0
            ),
            (
                "integrity_check ok", "\(sound) of \(tallies.count) stores (palpate doctor)",
                sound == tallies.count
            ),
            (
                "every report written",
                "\(reports) of \(tallies.count * Self.formats.count) (json, csv, md, html)",
                reports == tallies.count * Self.formats.count
            ),
            (
                "class view (html)",
                "exit \(classView.status), \(Format.count(Double(classView.bytes))) bytes",
                classView.status == 0 && classView.bytes > 0
            ),
            (
                "memory flat",
                "review peak day \(plan.earlyDay + 1): \(Format.number(early)) MB, day \(plan.lateDay + 1): "
                    + "\(Format.number(late)) MB (× \(Format.number(early > 0 ? late / early : 0)), "
                    + "limit × \(Format.number(Self.memoryFactor)))",
                early > 0 && late <= early * Self.memoryFactor
            ),
            (
                "backups left behind",
                "\(sum(\.leftoverFiles)) unfinished files (*.partial*) in backups/, "
                    + "\(Format.number(Double(sum(\.leftoverBytes)) / 1_048_576)) MB; each backup removes "
                    + "those of earlier killed ones, so at most the last one's (4 files) per student",
                tallies.allSatisfy { $0.leftoverFiles <= 4 }
            ),
        ]
    }

    var passed: Bool { rows.allSatisfy { $0.passed != false } }

    var table: String {
        let rows = rows
        let width = rows.map(\.check.count).max() ?? 0
        var lines = [
            "soak: \(plan.students) students × \(plan.days) days, seed \(plan.seed), "
                + "\(Format.duration(milliseconds))"
        ]
        for row in rows {
            lines.append(
                "  \(row.check.padding(toLength: width, withPad: " ", startingAt: 0))  "
                    + "\(row.passed.map { $0 ? "pass" : "FAIL" } ?? "note")  \(row.figure)")
        }
        for failure in tallies.flatMap(\.failures).prefix(5) { lines.append("  ! \(failure)") }
        return lines.joined(separator: "\n")
    }
}
