/// `--color auto|always|never`, and the rule for `auto`.
public enum ColorMode: String, Sendable, CaseIterable {
    case auto
    case always
    case never

    /// Whether to style output. A pure function of the stream and environment, as SwiftPM decides:
    /// `auto` styles only a terminal, and never with `NO_COLOR` set or `TERM=dumb`.
    public func enablesStyle(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}
