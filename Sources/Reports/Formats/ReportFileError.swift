import TextFormats

/// Why a report file could not be read, and where: printed `file:line:column: error: …` so an
/// editor can jump to it.
public struct ReportFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// `nil` when the problem is the whole file (it cannot be read at all).
    public var position: SourcePosition?
    public var message: String

    public init(file: String, position: SourcePosition?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String {
        Diagnostic(.error, file: file, position: position, message: message).description
    }
}
