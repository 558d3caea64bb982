/// Input that can hand over single keystrokes, without Enter: a terminal's standard input.
///
/// A prompt whose answer is one key (a letter, t/f, a rating, a command) reads a key when the
/// input can give one; otherwise it reads a line, so pipes, scripts and `TERM=dumb` keep working.
public protocol KeyInput: LineInput {
    /// True when keys can be read one at a time now (standard input is a terminal).
    var readsKeys: Bool { get }
    /// The next key: one character, `""` for Enter, a lone control character (e.g. Escape) for
    /// a key that is not text; `nil` at end of input (Ctrl-D) or after Ctrl-C.
    func readKey() -> String?
}

/// Feeds scripted keys, for tests: each element is one keystroke (`""` is Enter), or a whole
/// line when the prompt reads lines.
public final class ScriptedKeys: KeyInput {
    private let lines: ScriptedInput
    /// How many reads took one key rather than a line, so a test can tell which prompts did.
    public private(set) var keyReads = 0
    public init(_ keys: [String]) { lines = ScriptedInput(keys) }
    public var readsKeys: Bool { true }
    public func readKey() -> String? {
        keyReads += 1
        return lines.readLine()
    }
    public func readLine() -> String? { lines.readLine() }
    public var wasInterrupted: Bool { lines.wasInterrupted }
}
