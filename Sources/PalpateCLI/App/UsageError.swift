/// A command line that cannot be run as typed: one line of what is wrong, one line of hint.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    public var description: String { "palpate: \(message)\n\(hint)" }
}

/// A command that ran but could not do what was asked (a missing file, a broken store…).
/// The message says what to do about it.
public struct CommandFailure: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "palpate: \(message)" }
}
