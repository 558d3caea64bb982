import Content
import Foundation
import Insights
import Reports
import Scheduling
import TextFormats

/// `palpate report`: the student's progress report, to hand to an instructor.
enum ReportCommand: Command {
    static let name = "report"
    static let printsData = true
    static let summary = "Write your progress report (JSON, CSV, Markdown or HTML)"
    static let usage =
        "palpate report --format json|csv|md|html [--output FILE] [--since YYYY-MM-DD] [--student NAME] "
        + "[--table reviews|decks|tags|exams|misconceptions|cases|readiness]"
    static let discussion = """
        Your totals (reviews, accuracy, true retention, time studied, streak, lessons read), each deck and tag \
        with its weakest questions and the lessons to reread, your practice exams and their trend, the reviews \
        due over the next 14 days, leeches, and the full review log.

        json is the palpate-report/1 format an instructor merges with 'palpate class-report'; csv gives a \
        summary table, or another with --table; md is Markdown; html is one self-contained page with charts \
        that prints well. Without --output the report goes to standard output; --output writes the file in \
        one step and never replaces an existing one unless --force is given.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--format", value: "json|csv|md|html", help: "The report's format (required)."),
        OptionSpec(name: "--output", value: "FILE", help: "Write to FILE instead of standard output."),
        .flag("--force", "Replace FILE if it exists."),
        OptionSpec(name: "--since", value: "YYYY-MM-DD", help: "Only study from this day on (default: all)."),
        OptionSpec(
            name: "--student", value: "NAME", help: "The name to print (default: the 'name' setting)."),
        OptionSpec(
            name: "--table", value: "reviews|decks|tags|exams|misconceptions|cases|readiness",
            help: "With csv: a table other than the summary."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // Nothing is written before the output is complete (a file is placed whole: `OutputFile`),
        // so Ctrl-C may end the command at once.
        InterruptSignal.endProcessOnInterrupt()
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'report' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "See 'palpate help report'.")
        }
        guard let format = try arguments.choice("--format", ["json", "csv", "md", "html"], command: name)
        else {
            throw UsageError(
                "'report' needs --format json, csv, md or html",
                hint: "For example: palpate report --format html --output report.html")
        }
        let table = try csvTable(arguments, format: format)
        var since: CivilDay?
        if let text = arguments.value("--since") {
            guard let day = CivilDay(text) else {
                throw UsageError(
                    "--since needs a date written YYYY-MM-DD, such as 2026-03-01, not \(QuotedInput.quote(text))"
                        + (CivilDay.whyNoDay(text).map { " (\($0))" } ?? ""),
                    hint: "See 'palpate help report'.")
            }
            guard day >= CivilDay(year: 1970, month: 1, day: 1) else {
                throw UsageError(
                    "--since must be 1970-01-01 or later: palpate counts study days from 1970, not \(text)",
                    hint: "Leave --since out for the whole history.")
            }
            since = day
        }
        let output = OutputFile.requested(by: arguments, session: session, example: "report.\(format)")
        let library = try session.studyContent()
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let report: StudentReport
        do {
            let settings = try store.settings()
            let plan = try StudyPlan(settings: settings, timeZone: session.context.timeZone)
            // One catalog and one moment for the whole report: its parts must agree.
            let catalog = CardCatalog(library: library)
            let now = session.context.clock()
            var built = try StudentReportBuilder(library: library, catalog: catalog, plan: plan)
                .build(store: store, student: arguments.value("--student"), since: since, now: now)
            if let outlook = try ExamOutlook.make(
                store: store, catalog: catalog, plan: plan, blueprint: library.blueprint,
                examName: settings.examName, now: now)
            {
                built.readiness = StudentReport.Readiness(
                    outlook,
                    history: try ReadinessHistory.make(
                        store: store, catalog: catalog, plan: plan, blueprint: library.blueprint,
                        outlook: outlook, now: now))
            }
            report = built
        } catch {
            throw CommandFailure("\(error)")
        }
        let text: String
        switch format {
        case "json": text = ReportJSON.encode(report)
        case "csv": text = ReportCSV.encode(report, table: table)
        case "md": text = ReportMarkdown.encode(report)
        default: text = ReportHTML.encode(report, atlas: session.referralAtlasIfReadable())
        }
        if report.student.isEmpty {
            session.printError(
                "The report has no name on it. Put yours on every report with: palpate config name \"Your Name\""
            )
        }
        if let output {
            try output.write(text)
            session.printError(
                "Wrote \(output.path) (\(plural(report.totals.reviews, "review")), \(plural(report.exams.count, "exam")))."
            )
        } else {
            session.context.output.write(text)
        }
        return .success
    }

    private static func csvTable(_ arguments: ParsedArguments, format: String) throws -> ReportCSV.Table {
        guard let text = arguments.value("--table") else { return .summary }
        guard format == "csv" else {
            throw UsageError("--table only applies to --format csv", hint: "See 'palpate help report'.")
        }
        let tables = ReportCSV.Table.allCases.map(\.rawValue)
        guard let table = ReportCSV.Table(rawValue: text) else {
            throw UsageError(
                "--table must be \(ListPhrase.or(tables)), not \(QuotedInput.quote(text))",
                hint: "See 'palpate help report'.")
        }
        return table
    }
}
