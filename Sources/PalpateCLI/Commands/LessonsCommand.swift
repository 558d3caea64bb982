import TextFormats

/// `palpate lessons`: the curriculum at a glance.
enum LessonsCommand: Command {
    static let name = "lessons"
    static let summary = "List the lessons of the curriculum"
    static let usage = "palpate lessons"
    static let discussion =
        "Lists every lesson in curriculum order: its id (to use with 'palpate read'), title, topic and reading time."
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if let extra = arguments.positionals.first {
            throw UsageError(
                "'lessons' takes no arguments (got \(QuotedInput.quote(extra)))",
                hint: "To read a lesson: palpate read \(extra)")
        }
        let library = try session.studyContent()
        let lessons = library.lessons.lessons
        guard !lessons.isEmpty else {
            session.print("No lessons found in \(library.root.path)/Curriculum.")
            return .success
        }
        let rows = lessons.map { lesson in
            [
                lesson.id, TerminalSanitizer.clean(lesson.title, keepNewlines: false),
                TerminalSanitizer.clean(lesson.topic, keepNewlines: false), "\(lesson.minutes) min",
            ]
        }
        let plain = TextTable(header: ["ID", "TITLE", "TOPIC", "TIME"], rows: rows, rightAligned: [3])
        // A terminal narrower than the table gets each lesson on two lines instead (id and time,
        // then the title and topic wrapped); piped, the table stays one line per lesson for scripts.
        if let width = session.tableWidth,
            plain.lines(style: TerminalStyle(enabled: false)).contains(where: { $0.count > width })
        {
            let column = min(rows.map { $0[0].count }.max() ?? 0, width - 10) + 2
            let wrapper = TextWrapper(width: width, style: session.style)
            for row in rows {
                let padding = String(repeating: " ", count: max(1, column - row[0].count))
                session.print(session.style.bold(row[0]) + padding + row[3])
                session.print(lines: wrapper.wrap("\(row[1]) · \(row[2])", indent: "  "))
            }
        } else {
            for line in plain.lines(style: session.style) { session.print(line) }
        }
        session.print()
        session.print("Read one with: palpate read \(lessons[0].id)")
        return .success
    }
}
