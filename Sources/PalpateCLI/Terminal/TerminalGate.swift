/// The last step before a terminal: everything a command writes passes `TerminalSanitizer`.
///
/// Commands clean the deck and lesson text they show, but exports (`report`, `class-report`,
/// `scheduler replay`) and echoes (`config name`) print what students and files hold, in formats
/// that keep those bytes for a file or pipe. On a terminal the same bytes could write the
/// clipboard (OSC 52), retitle the window or reorder the line, so `PalpateApp` puts this gate in
/// front of standard output when it is a terminal, and always in front of standard error (which
/// is read by people, not parsed).
///
/// The colour and weight sequences `TerminalStyle` writes pass through (`keepsStyle`) for the
/// commands that style their output, which clean the content they show before styling it. A
/// command that prints data (`Command.printsData`) styles nothing, so there every sequence goes,
/// including a colour a deck or report carries.
final class TerminalGate: TextOutput {
    private let destination: TextOutput
    var keepsStyle: Bool

    init(_ destination: TextOutput, keepsStyle: Bool = true) {
        self.destination = destination
        self.keepsStyle = keepsStyle
    }

    func write(_ text: String) {
        destination.write(TerminalSanitizer.clean(text, keepingStyle: keepsStyle))
    }
}
