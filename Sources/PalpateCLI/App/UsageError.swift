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

/// Ctrl-C while a command wrote its file: the file was not placed, and palpate exits 130.
public struct CommandInterrupted: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "palpate: \(message)" }
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
