import Foundation

/// Where the app writes: standard output or error in the executable, a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    /// Writes UTF-8 text in place, without making a string of it first (replay's output).
    func write(utf8 text: UnsafeRawBufferPointer)
}

extension TextOutput {
    public func write(utf8 text: UnsafeRawBufferPointer) { write(String(decoding: text, as: UTF8.self)) }
}

/// An output that also takes bytes as they are: standard output for a binary export piped to a
/// file (`palpate export … --format apkg > deck.apkg`), a buffer in tests.
public protocol BinaryOutput: AnyObject {
    func write(bytes: [UInt8])
}

/// Where the app reads answers from, one line at a time. `nil` means end of input, or Ctrl-C
/// when `wasInterrupted` is true.
public protocol LineInput: AnyObject {
    func readLine() -> String?
    var wasInterrupted: Bool { get }
}

/// Collects output in memory, for tests.
public final class BufferOutput: TextOutput, BinaryOutput {
    public private(set) var text = ""
    /// What was written as bytes, kept apart from the text.
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ text: String) { self.text += text }
    public func write(bytes: [UInt8]) { self.bytes += bytes }
}

/// Feeds scripted lines, for tests; `nil` once they run out, like a closed pipe. The line
/// `ScriptedInput.interrupt` acts as Ctrl-C.
public final class ScriptedInput: LineInput {
    public static let interrupt = "\u{03}"
    private var lines: [String]
    public private(set) var wasInterrupted = false
    public init(_ lines: [String]) { self.lines = lines }
    public func readLine() -> String? {
        guard !lines.isEmpty, !wasInterrupted else { return nil }
        let line = lines.removeFirst()
        if line == Self.interrupt {
            wasInterrupted = true
            return nil
        }
        return line
    }
}

/// Writes to a file descriptor (standard output or error) without buffering surprises.
public final class FileHandleOutput: TextOutput, BinaryOutput {
    private let handle: FileHandle
    public init(_ handle: FileHandle) { self.handle = handle }
    public func write(_ text: String) {
        // A closed pipe (e.g. `palpate lessons | head`) must not crash the trainer. The text's own
        // bytes are written, not a copy (replay writes a megabyte at a time).
        var text = text
        text.withUTF8 { bytes in try? handle.write(contentsOf: UnsafeRawBufferPointer(bytes)) }
    }
    public func write(bytes: [UInt8]) { try? handle.write(contentsOf: Data(bytes)) }
    public func write(utf8 text: UnsafeRawBufferPointer) { try? handle.write(contentsOf: text) }
}
