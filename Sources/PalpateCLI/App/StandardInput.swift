import Foundation

/// Lines from the process's standard input; `nil` at end of input (Ctrl-D or a closed pipe).
public final class StandardInput: LineInput {
    public init() {}
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// The terminal's size, asked of the kernel.
public enum TerminalSize {
    public static func columns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
