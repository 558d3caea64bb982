import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection, UnicodeScalarView: BidirectionalCollection {
    /// The text without leading and trailing whitespace: the same as
    /// `trimmingCharacters(in: .whitespaces)` (tab and the space separators, not line breaks).
    ///
    /// Done in Swift: Foundation's version bridges to `NSString` on every call, which made it
    /// half the cost of reading the lessons line by line.
    public func trimmingWhitespace() -> String {
        let bytes = utf8
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return "" }
        // Text starting and ending with visible ASCII (most lines) has nothing to trim.
        if (0x21...0x7E).contains(firstByte) && (0x21...0x7E).contains(lastByte) { return String(self) }
        // Spaces and tabs trimmed as bytes; if ASCII that is not whitespace is then at both ends,
        // that is all (a heading after its `##`, an indented list item): the bytes between are
        // copied at once rather than scalar by scalar.
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while start < end {
            let before = bytes.index(before: end)
            guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
            end = before
        }
        if start == end { return "" }
        if bytes[start] < 0x80 && bytes[bytes.index(before: end)] < 0x80 {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !Self.isWhitespace($0) })
        else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }

    /// Foundation's `.whitespaces`: tab and the space separators, plus U+200B as CoreFoundation has it.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
