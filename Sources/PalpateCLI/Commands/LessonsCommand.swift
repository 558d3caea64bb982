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
                "'lessons' takes no arguments (got '\(extra)')",
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
        let table = TextTable(header: ["ID", "TITLE", "TOPIC", "TIME"], rows: rows, rightAligned: [3])
        for line in table.lines(style: session.style) { session.print(line) }
        session.print()
        session.print("Read one with: palpate read \(lessons[0].id)")
        return .success
    }
}
