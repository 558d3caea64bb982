import TextFormats

/// Why a `palpate config` key or value was refused, with what would be valid.
public enum SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownKey(String, suggestions: [String])
    case invalidValue(key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unknownKey(let key, let suggestions):
            let guess =
                suggestions.isEmpty ? "." : "; did you mean '\(suggestions.joined(separator: "' or '"))'?"
            let all = StudentSettings.keys.map(\.name).joined(separator: ", ")
            return "unknown setting \(QuotedInput.quote(key))\(guess) The settings are: \(all)."
        case .invalidValue(let key, let value, let expected):
            return "invalid value \(QuotedInput.quote(value)) for \(key): expected \(expected)."
        }
    }
}
