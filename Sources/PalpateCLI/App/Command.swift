/// One `palpate` subcommand: its name, help and options, and how to run it.
protocol Command: Sendable {
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The synopsis, e.g. `palpate check [PATH…] [--format text|json]`.
    static var usage: String { get }
    /// Paragraphs explaining the command, shown by `palpate help NAME`.
    static var discussion: String { get }
    static var options: [OptionSpec] { get }

    /// True for a command that prints data (exports, stored values) rather than styled text:
    /// on a terminal its output keeps no escape sequence at all (see `TerminalGate`).
    static var printsData: Bool { get }

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode
}

extension Command {
    static var discussion: String { "" }
    static var printsData: Bool { false }
}

/// Every command, in the order `palpate --help` lists them.
let allCommands: [any Command.Type] = [
    TodayCommand.self,
    ReviewCommand.self,
    ExamCommand.self,
    HistoryCommand.self,
    StatsCommand.self,
    ReportCommand.self,
    ClassReportCommand.self,
    SearchCommand.self,
    CardsCommand.self,
    CardCommand.self,
    RestoreCommand.self,
    ResetCommand.self,
    DoctorCommand.self,
    LessonsCommand.self,
    ReadCommand.self,
    MapCommand.self,
    ConfigCommand.self,
    CheckCommand.self,
    ImportCommand.self,
    ExportCommand.self,
    SchedulerCommand.self,
    OptimizeCommand.self,
    SimulateCommand.self,
    HelpCommand.self,
]
