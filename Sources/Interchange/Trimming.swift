extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space or line breaks at either end, done in Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges to `NSString` on every call, and an import makes several
    /// calls per answer.
    var trimmed: String {
        let bytes = utf8
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return "" }
        if (0x21...0x7E).contains(firstByte) && (0x21...0x7E).contains(lastByte) { return String(self) }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
