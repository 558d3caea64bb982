import Foundation
import Reports
import TextFormats

/// `palpate class-report`: an instructor's view of a class, merged from students' JSON reports.
enum ClassReportCommand: Command {
    static let name = "class-report"
    static let printsData = true
    static let summary = "Merge students' JSON reports into a class view (instructors)"
    static let usage =
        "palpate class-report REPORT.json… --format html|md|csv|json [--output FILE] [--table students|items|exams|misconceptions]"
    static let discussion = """
        Reads reports made with 'palpate report --format json' and shows: every student's accuracy, retention, \
        cards seen and last activity, overall and per deck and tag; each student's predicted exam readiness, \
        overall and per content area, with its change since their previous report (when you merge it too) or \
        since their report's own figure a week earlier; the students at risk (inactive for \
        \(AtRiskRule.inactiveDays) days, retention under \(Int(AtRiskRule.lowRetention * 100))%, \
        \(AtRiskRule.manyLeeches)+ leeches, readiness under the pass mark with under \(AtRiskRule.examDaysLeft) \
        days to the exam, or readiness down \(Int((AtRiskRule.readinessFall * 100).rounded())) points or more); \
        an item analysis of every question (attempts, facility, \
        upper-minus-lower discrimination, the most common wrong answer) with the lessons to revisit; and the \
        exam score distribution.

        A file that cannot be read is reported with its line and column and skipped; two reports for the same \
        student keep the newer (the older one's readiness is what the change is measured from); decks in \
        different versions are named. With csv, --table chooses the students \
        table (default), the items, the exam bands or the misconceptions.
        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "--format", value: "html|md|csv|json", help: "The report's format (required)."),
        OptionSpec(name: "--output", value: "FILE", help: "Write to FILE instead of standard output."),
        .flag("--force", "Replace FILE if it exists."),
        OptionSpec(
            name: "--table", value: "students|items|exams|misconceptions",
            help: "With csv: which table (default students)."),
    ]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        // Nothing is written before the output is complete (a file is placed whole: `OutputFile`),
        // so Ctrl-C may end the command at once.
        InterruptSignal.endProcessOnInterrupt()
        guard !arguments.positionals.isEmpty else {
            throw UsageError(
                "'class-report' needs at least one report file",
                hint: "For example: palpate class-report reports/*.json --format html --output class.html")
        }
        guard let format = try arguments.choice("--format", ["html", "md", "csv", "json"], command: name)
        else {
            throw UsageError(
                "'class-report' needs --format html, md, csv or json",
                hint: "See 'palpate help class-report'.")
        }
        var table = ClassReportCSV.Table.students
        if let text = arguments.value("--table") {
            guard format == "csv" else {
                throw UsageError(
                    "--table only applies to --format csv", hint: "See 'palpate help class-report'.")
            }
            guard let chosen = ClassReportCSV.Table(rawValue: text) else {
                throw UsageError(
                    "--table must be students, items, exams or misconceptions, not \(QuotedInput.quote(text))",
                    hint: "See 'palpate help class-report'.")
            }
            table = chosen
        }
        let output = OutputFile.requested(by: arguments, session: session, example: "class.\(format)")
        var sources: [ClassReportBuilder.Source] = []
        var problems: [ClassReportProblem] = []
        for name in arguments.positionals {
            let url =
                name.hasPrefix("/")
                ? URL(fileURLWithPath: name) : session.context.currentDirectory.appendingPathComponent(name)
            // Checked here to word a missing or unreadable file as before; read later, a window at
            // a time, when the builder comes to it.
            var isFolder: ObjCBool = false
            let reason: String?
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                reason = "it is a folder"
            } else {
                do {
                    try FileHandle(forReadingFrom: url).close()
                    reason = nil
                } catch {
                    reason = (error as NSError).localizedFailureReason ?? "it cannot be read"
                }
            }
            if let reason {
                problems.append(
                    .unreadable(
                        ReportFileError(
                            file: name, position: nil, message: "cannot read the file (\(reason))")))
            } else {
                sources.append(ClassReportBuilder.Source(name: name, chunks: .file(url, chunkSize: 1 << 20)))
            }
        }
        let (report, merged) = ClassReportBuilder.build(sources, now: session.context.clock())
        problems += merged
        for problem in problems { session.printError(problem.description) }
        guard !report.students.isEmpty else {
            throw CommandFailure(
                "none of the \(arguments.positionals.count) files could be merged; nothing was written")
        }
        let text: String
        switch format {
        case "json": text = ClassReportJSON.encode(report)
        case "csv": text = ClassReportCSV.encode(report, table: table)
        case "md": text = ClassReportMarkdown.encode(report)
        default: text = ClassReportHTML.encode(report)
        }
        if let output {
            try output.write(text)
            session.printError("Wrote \(output.path) (\(report.students.count) students).")
        } else {
            session.context.output.write(text)
        }
        // The view is written without the files that could not be read; a script must still
        // notice a student missing from it.
        let unread = problems.count(where: \.isError)
        if unread > 0 {
            session.printError(
                "\(unread == 1 ? "1 file was" : "\(unread) files were") left out (see above); the class view has "
                    + "the other \(plural(report.students.count, "student"))")
            return .failure
        }
        return .success
    }
}
