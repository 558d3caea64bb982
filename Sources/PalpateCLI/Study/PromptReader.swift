import Foundation

/// Reads one answer line at a prompt, cleaned of anything that should not reach the terminal or
/// the store.
struct PromptReader {
    enum Input: Equatable {
        case line(String)
        case endOfInput
        case interrupted
    }

    /// Longer lines are cut: no answer is this long, and a pasted novel should not fill the store.
    static let maximumLength = 1_000

    let session: AppSession

    func read(prompt: String = "> ") -> Input {
        if session.context.stdinIsTerminal { session.context.output.write(prompt) }
        guard let raw = session.context.input.readLine() else {
            if session.context.stdinIsTerminal { session.print() }
            return session.context.input.wasInterrupted ? .interrupted : .endOfInput
        }
        let cleaned = TerminalSanitizer.clean(raw, keepNewlines: false)
        return .line(String(cleaned.prefix(Self.maximumLength)).trimmingCharacters(in: .whitespaces))
    }
}
