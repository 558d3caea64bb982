/// A place in a text with its line and column, moved forward by counting what lies between:
/// resolving offsets in file order costs one pass over the text, however many are asked for.
struct TextCursor: Sendable, Equatable {
    var offset: Int
    var line: Int
    var column: Int

    static let start = TextCursor(offset: 0, line: 1, column: 1)

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// The cursor moved forward to `offset` through `bytes`, which start at file offset `base`;
    /// lines and (as editors count them) characters are counted on the way. An offset past
    /// `bytes` stops at their end; one before the cursor leaves it where it is.
    func advanced(to offset: Int, in bytes: [UInt8], base: Int) -> TextCursor {
        bytes.withUnsafeBufferPointer { advanced(to: offset, in: $0, base: base) }
    }

    func advanced(to offset: Int, in buffer: UnsafeBufferPointer<UInt8>, base: Int) -> TextCursor {
        var moved = self
        let start = self.offset - base
        let end = max(start, min(offset - base, buffer.count))
        moved.offset = base + end
        guard let address = buffer.baseAddress, end > start else { return moved }
        let raw = UnsafeRawPointer(address)
        func word(at position: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
        }
        // Lines first, eight bytes at a time, then characters on the last line only.
        var lineStart = start
        var position = start
        while position + 8 <= end {
            let feeds = ByteWords.lineFeeds(word(at: position))
            if feeds != 0 {
                moved.line += feeds.nonzeroBitCount
                lineStart = position + (63 - feeds.leadingZeroBitCount) / 8 + 1
            }
            position += 8
        }
        while position < end {
            if buffer[position] == 0x0A {
                moved.line += 1
                lineStart = position + 1
            }
            position += 1
        }
        if lineStart > start { moved.column = 1 }
        // A character is every byte but UTF-8's continuation bytes.
        position = lineStart
        while position + 8 <= end {
            moved.column += 8 - ByteWords.continuationBytes(word(at: position)).nonzeroBitCount
            position += 8
        }
        while position < end {
            if buffer[position] & 0b1100_0000 != 0b1000_0000 { moved.column += 1 }
            position += 1
        }
        return moved
    }
}
