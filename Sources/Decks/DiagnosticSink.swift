import TextFormats

/// Collects the diagnostics of one deck file, turning byte offsets into `line:column`.
///
/// A class because every reader of the file appends to the same list; it lives only while one
/// file is decoded.
final class DiagnosticSink {
    let source: SourceText
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, file: String) {
        self.source = source
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records a problem. The message is prefixed with the question and field it concerns, so a
    /// line of output says everything: `question 'q1', field 'answer': …`.
    func report(
        _ severity: Diagnostic.Severity, at offset: Int, _ message: String, question: String? = nil,
        field: String? = nil
    ) {
        var prefix: [String] = []
        if let question { prefix.append("question '\(question)'") }
        if let field { prefix.append("field '\(field)'") }
        let text = prefix.isEmpty ? message : prefix.joined(separator: ", ") + ": " + message
        diagnostics.append(
            Diagnostic(
                severity, file: file, position: source.position(ofByteOffset: offset), message: text,
                questionID: question, field: field))
    }
}
