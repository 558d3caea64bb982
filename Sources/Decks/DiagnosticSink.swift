import TextFormats

/// Collects the diagnostics of one deck file, turning byte offsets into `line:column`.
///
/// A class because every reader of the file appends to the same list; it lives only while one
/// file is decoded.
final class DiagnosticSink {
    /// Turns a byte offset into `line:column` (a whole file's `SourceText`, or a
    /// `JSONStreamReader` moving through one).
    let position: (Int) -> SourcePosition
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// How many of `diagnostics` are errors; a decoder compares it before and after a question.
    private(set) var errorCount = 0

    init(file: String, position: @escaping (Int) -> SourcePosition) {
        self.position = position
        self.file = file
    }

    var hasErrors: Bool { errorCount > 0 }

    /// Records a problem. The message is prefixed with the question and field it concerns, so a
    /// line of output says everything: `question 'q1', field 'answer': …`.
    func report(
        _ severity: Diagnostic.Severity, at offset: Int, _ message: String, question: String? = nil,
        field: String? = nil
    ) {
        report(severity, atPosition: position(offset), message, question: question, field: field)
    }

    /// Records a problem at a position worked out earlier (a reference checked once the whole
    /// deck has been read, when a streaming reader has moved past it).
    func report(
        _ severity: Diagnostic.Severity, atPosition sourcePosition: SourcePosition, _ message: String,
        question: String? = nil, field: String? = nil
    ) {
        var prefix: [String] = []
        if let question { prefix.append("question \(QuotedInput.quote(question))") }
        if let field { prefix.append("field \(QuotedInput.quote(field))") }
        let text = prefix.isEmpty ? message : prefix.joined(separator: ", ") + ": " + message
        if severity == .error { errorCount += 1 }
        diagnostics.append(
            Diagnostic(
                severity, file: file, position: sourcePosition, message: text,
                questionID: question, field: field))
    }

}
