import Foundation

/// Everything from the outside world the app may use, passed in so tests can script it.
///
/// The executable builds one from the real process; tests build one with buffers, a fixed clock
/// and a temporary data folder.
public struct AppContext {
    public var arguments: [String]
    public var environment: [String: String]
    public var currentDirectory: URL
    /// The source package the executable was built from, for its bundled content.
    public var packageRoot: URL?
    public var input: LineInput
    public var output: TextOutput
    public var errorOutput: TextOutput
    public var clock: @Sendable () -> Date
    public var stdoutIsTerminal: Bool
    public var stdinIsTerminal: Bool
    /// Columns of the terminal, when known.
    public var terminalWidth: Int?
    /// Whether standard error is a terminal, and its columns: messages wrap at a word there,
    /// and stay one line each when standard error is a file or a pipe, whatever standard
    /// output is (`palpate check deck.json 2> problems.txt` in a terminal wrapped the file's
    /// lines; `palpate scheduler replay h.csv | head` let the terminal cut warnings mid-word).
    public var stderrIsTerminal: Bool
    public var errorTerminalWidth: Int?
    /// The local time zone. The live context looks it up when first asked: loading the zone
    /// (ICU's data) took a quarter of a millisecond at every start, and `scheduler replay`,
    /// `check` and others never use it.
    public var timeZone: TimeZone { timeZoneSource() }
    var timeZoneSource: @Sendable () -> TimeZone
    /// The home folder, for the default data directory. The live context looks it up when first
    /// asked: that reads the user database (0.14 ms at every start), which `scheduler replay`,
    /// `check` and others never need.
    public var homeDirectory: URL { homeDirectorySource() }
    var homeDirectorySource: @Sendable () -> URL
    /// This process's id and host, written into the session lock so a second terminal can say
    /// which session holds it.
    public var processID: Int32
    public var hostName: String
    /// Shows long text through a pager (`$PAGER`, as git does); returns false when it could not,
    /// and the caller prints the text itself. `nil` in tests and wherever no pager should run.
    public var pager: ((String) -> Bool)?

    public init(
        arguments: [String], environment: [String: String] = [:], currentDirectory: URL,
        packageRoot: URL? = nil,
        input: LineInput = ScriptedInput([]), output: TextOutput, errorOutput: TextOutput,
        clock: @escaping @Sendable () -> Date, stdoutIsTerminal: Bool = false, stdinIsTerminal: Bool = false,
        terminalWidth: Int? = nil, stderrIsTerminal: Bool? = nil, errorTerminalWidth: Int? = nil,
        timeZone: TimeZone = .gmt,
        homeDirectory: URL = URL(fileURLWithPath: "/nonexistent"),
        processID: Int32 = 0, hostName: String = "localhost", pager: ((String) -> Bool)? = nil
    ) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.packageRoot = packageRoot
        self.input = input
        self.output = output
        self.errorOutput = errorOutput
        self.clock = clock
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stdinIsTerminal = stdinIsTerminal
        self.terminalWidth = terminalWidth
        // Unless told otherwise, standard error is where standard output is (a test's terminal).
        self.stderrIsTerminal = stderrIsTerminal ?? stdoutIsTerminal
        self.errorTerminalWidth = errorTerminalWidth ?? (stderrIsTerminal == nil ? terminalWidth : nil)
        timeZoneSource = { timeZone }
        homeDirectorySource = { homeDirectory }
        self.processID = processID
        self.hostName = hostName
        self.pager = pager
    }
}
