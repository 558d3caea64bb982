import Testing

@testable import TextFormats

@Suite struct DiagnosticTests {
    @Test func printsLikeACompilerSoEditorsCanJumpToIt() {
        let located = Diagnostic(
            .error, file: "Quizzes/a.json", position: SourcePosition(line: 12, column: 7), message: "bad")
        #expect(located.description == "Quizzes/a.json:12:7: error: bad")
        let whole = Diagnostic(.warning, file: "Quizzes/a.json", position: nil, message: "unread")
        #expect(whole.description == "Quizzes/a.json: warning: unread")
    }

    @Test func ranksErrorsAboveWarnings() {
        #expect(Diagnostic.Severity.warning < .error)
        #expect(!(Diagnostic.Severity.error < .warning))
        #expect(!(Diagnostic.Severity.error < .error))
    }

    @Test func sortsByFileThenPositionKeepingTiesInOrder() {
        func make(_ file: String, _ line: Int?, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(
                .error, file: file, position: line.map { SourcePosition(line: $0, column: column) },
                message: message)
        }
        let sorted = Diagnostic.sortedForDisplay([
            make("b.json", 1, 1, "b"),
            make("a.json", 10, 2, "a10"),
            make("a.json", 2, 5, "a2-5"),
            make("a.json", 2, 5, "a2-5 again"),
            make("a.json", 2, 1, "a2-1"),
            make("a.json", nil, 0, "a whole file"),
        ])
        #expect(sorted.map(\.message) == ["a whole file", "a2-1", "a2-5", "a2-5 again", "a10", "b"])
    }
}
