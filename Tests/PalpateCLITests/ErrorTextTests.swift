import Foundation
import Testing

@testable import PalpateCLI

/// Messages on standard error wrap at a word only where standard error is a terminal, whatever
/// standard output is.
@Suite struct ErrorTextTests {
    private let message =
        "cannot read 'histories/march review export.csv'; check that the file exists and that you may read it"

    private func context(stdoutIsTerminal: Bool, stderrIsTerminal: Bool?, errorWidth: Int?) -> AppContext {
        AppContext(
            arguments: [], currentDirectory: URL(fileURLWithPath: "/"), output: BufferOutput(),
            errorOutput: BufferOutput(), clock: { Date(timeIntervalSince1970: 0) },
            stdoutIsTerminal: stdoutIsTerminal, terminalWidth: stdoutIsTerminal ? 60 : nil,
            stderrIsTerminal: stderrIsTerminal, errorTerminalWidth: errorWidth)
    }

    @Test func wrapsOnATerminalStandardErrorWhileStandardOutputIsPiped() {
        let text = AppSession.errorText(
            message, context(stdoutIsTerminal: false, stderrIsTerminal: true, errorWidth: 60))
        #expect(
            text == """
                cannot read 'histories/march review export.csv'; check that
                  the file exists and that you may read it

                """)
    }

    @Test func keepsOneLineWhenStandardErrorIsAFileWhileStandardOutputIsATerminal() {
        let text = AppSession.errorText(
            message, context(stdoutIsTerminal: true, stderrIsTerminal: false, errorWidth: nil))
        #expect(text == message + "\n")
    }

    /// A context that does not say where standard error goes has it where standard output is, as
    /// in a terminal (the tests' terminal runs).
    @Test func standardErrorIsWhereStandardOutputIsUnlessToldOtherwise() {
        let terminal = context(stdoutIsTerminal: true, stderrIsTerminal: nil, errorWidth: nil)
        #expect(terminal.stderrIsTerminal && terminal.errorTerminalWidth == 60)
        let piped = context(stdoutIsTerminal: false, stderrIsTerminal: nil, errorWidth: nil)
        #expect(!piped.stderrIsTerminal && piped.errorTerminalWidth == nil)
        #expect(AppSession.errorText(message, piped) == message + "\n")
    }
}
