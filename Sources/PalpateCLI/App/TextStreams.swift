import Foundation

/// Where the app writes: standard output or error in the executable, a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

/// Where the app reads answers from, one line at a time. `nil` means end of input.
public protocol LineInput: AnyObject {
    func readLine() -> String?
}

/// Collects output in memory, for tests.
public final class BufferOutput: TextOutput {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// Feeds scripted lines, for tests; `nil` once they run out, like a closed pipe.
public final class ScriptedInput: LineInput {
    private var lines: [String]
    public init(_ lines: [String]) { self.lines = lines }
    public func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
}

/// Writes to a file descriptor (standard output or error) without buffering surprises.
public final class FileHandleOutput: TextOutput {
    private let handle: FileHandle
    public init(_ handle: FileHandle) { self.handle = handle }
    public func write(_ text: String) {
        // A closed pipe (e.g. `palpate lessons | head`) must not crash the trainer.
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
