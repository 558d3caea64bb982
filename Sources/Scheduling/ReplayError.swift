/// One thing wrong with a replay input, located for an editor: `file:line: message`.
public struct ReplayProblem: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Why a replay produced no output.
public enum ReplayError: Error, Equatable, CustomStringConvertible {
    /// The scheduler settings are invalid.
    case invalidOptions(SchedulerConfigurationError)
    /// The input has bad rows (or is not CSV); every problem found, in line order.
    case invalidInput([ReplayProblem])

    /// At most this many problems are spelt out; the rest are counted.
    static let problemsShown = 100

    public var description: String {
        switch self {
        case .invalidOptions(let error):
            return error.description
        case .invalidInput(let problems):
            var lines = problems.prefix(Self.problemsShown).map(\.description)
            if problems.count > Self.problemsShown {
                lines.append("… and \(problems.count - Self.problemsShown) more problems")
            }
            return lines.joined(separator: "\n")
        }
    }
}
