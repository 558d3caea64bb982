/// One problem found in a content file, located precisely enough for an editor to jump to it.
///
/// Printed as `file:line:column: error: message`, the form compilers use, so editors and
/// terminals turn it into a link.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// The file as the user named it (relative paths stay relative).
    public var file: String
    /// `nil` when the problem concerns the whole file (e.g. it cannot be read).
    public var position: SourcePosition?
    public var message: String
    /// The question the problem is in, when there is one. Like `field`, kept escaped and cut
    /// (`QuotedInput`, 200 characters): it comes from the file, and a multi-megabyte key must
    /// not be copied into every diagnostic about it (nor into `check --format json`).
    public var questionID: String?
    /// The field (JSON key path or front-matter key) the problem is in, when there is one.
    public var field: String?

    public init(
        _ severity: Severity, file: String, position: SourcePosition?, message: String,
        questionID: String? = nil, field: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.position = position
        self.message = message
        self.questionID = questionID.map { QuotedInput.escape($0, limit: 200) }
        self.field = field.map { QuotedInput.escape($0, limit: 200) }
    }

    public var description: String {
        let location = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// Sorts by file, then position, so output reads top to bottom.
    public static func sortedForDisplay(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.file, lhs.element.position?.line ?? 0, lhs.element.position?.column ?? 0)
            let right = (rhs.element.file, rhs.element.position?.line ?? 0, rhs.element.position?.column ?? 0)
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }
}
