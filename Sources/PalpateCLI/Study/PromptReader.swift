import Foundation

/// Reads one answer line at a prompt, refusing lines that are not plain typed text.
///
/// What reaches a session is only ever a clean line: a line holding control keys (arrow keys
/// and Ctrl-combinations arrive as escape sequences when the terminal is not in raw mode), bytes
/// that are not UTF-8, or a paste far longer than any answer is explained and asked for again. It
/// is never graded (so never counted as wrong) and never echoed back to the terminal.
struct PromptReader {
    enum Input: Equatable {
        case line(String)
        case endOfInput
        case interrupted
    }

    /// No answer is longer; a longer line is a paste gone wrong and is asked for again.
    static let maximumLength = 1_000

    let session: AppSession

    func read(prompt: String = "> ") -> Input {
        while true {
            if session.context.stdinIsTerminal { session.context.output.write(prompt) }
            guard var raw = session.context.input.readLine() else {
                if session.context.stdinIsTerminal { session.print() }
                return session.context.input.wasInterrupted ? .interrupted : .endOfInput
            }
            // A Windows line end from a script or a pasted file: the line is fine.
            if raw.unicodeScalars.last == "\r" { raw.unicodeScalars.removeLast() }
            if let problem = Self.problem(with: raw) {
                session.print(
                    wrapping: "? \(problem)", indent: "  ", firstIndent: "", apply: session.style.yellow)
                continue
            }
            return .line(raw.trimmingCharacters(in: .whitespaces))
        }
    }

    /// True when prompts whose answer is one key read it without Enter: the input is a terminal
    /// that hands over keys, and the terminal is not `TERM=dumb`.
    var readsKeys: Bool {
        guard let keys = session.context.input as? KeyInput, keys.readsKeys else { return false }
        return session.context.environment["TERM"] != "dumb"
    }

    /// Reads an answer that is one key: a single keystroke on a terminal (echoed, so the screen
    /// reads like a typed line), a line elsewhere. A key that is not text is explained and asked
    /// for again, like a line holding control keys.
    func readKey(prompt: String = "> ") -> Input {
        guard readsKeys, let keys = session.context.input as? KeyInput else { return read(prompt: prompt) }
        while true {
            session.context.output.write(prompt)
            guard let key = keys.readKey() else {
                session.print()
                return keys.wasInterrupted ? .interrupted : .endOfInput
            }
            if let problem = Self.problem(with: key) {
                session.print()
                session.print(
                    wrapping: "? \(problem)", indent: "  ", firstIndent: "", apply: session.style.yellow)
                continue
            }
            session.print(key)
            return .line(key)
        }
    }

    /// Why `line` cannot be taken as typed text, or `nil` when it can.
    static func problem(with line: String) -> String? {
        let scalars = line.unicodeScalars
        if scalars.count > maximumLength {
            return "that line is \(scalars.count) characters long; an answer is at most \(maximumLength). "
                + "Type your answer again."
        }
        // Standard input turns bytes that are not UTF-8 into U+FFFD.
        if scalars.contains("\u{FFFD}") {
            return "that line holds bytes that are not text (not UTF-8). Type your answer again."
        }
        if scalars.contains(where: TerminalSanitizer.isControl) {
            return "that line holds control keys (arrow keys, Escape or Ctrl-…), which cannot be read "
                + "as an answer. Type your answer again."
        }
        return nil
    }
}
