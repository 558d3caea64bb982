extension Substring {
    /// Where `pattern` (ASCII) first occurs, searched byte by byte: Foundation's `range(of:)`
    /// bridges to NSString and the standard library's `firstRange(of:)` compares characters, and
    /// an import searches every field of every note several times. An ASCII byte always starts a
    /// character, so the bytes' positions are the text's.
    func firstASCII(_ pattern: StaticString) -> Range<Index>? {
        let wanted = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard let first = wanted.first else { return nil }
        let bytes = utf8
        var from = bytes.startIndex
        while let found = bytes[from...].firstIndex(of: first) {
            var end = found
            var matched = true
            for byte in wanted {
                guard end < bytes.endIndex, bytes[end] == byte else {
                    matched = false
                    break
                }
                end = bytes.index(after: end)
            }
            if matched { return found..<end }
            from = bytes.index(after: found)
        }
        return nil
    }
}
