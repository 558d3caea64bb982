/// One item of the list a `JSONStreamReader` streams, with its own text and where that text
/// starts, so its offsets can be turned into `line:column` on any thread while the reader has
/// moved on (a deck's questions are checked on a second core while the file is still read).
public struct JSONStreamItem: Sendable {
    public let node: JSONNode
    /// The item's bytes, from its first to its last.
    private let text: [UInt8]
    /// Where `text[0]` stands in the file.
    private let start: TextCursor

    init(node: JSONNode, text: [UInt8], start: TextCursor) {
        self.node = node
        self.text = text
        self.start = start
    }

    /// How many bytes the item takes in the file.
    public var byteCount: Int { text.count }

    /// The 1-based line and column of a file offset inside the item, counted as `SourceText`
    /// counts them (offsets outside it are placed at its nearest end).
    public func position(ofByteOffset offset: Int) -> SourcePosition {
        start.advanced(to: max(offset, start.offset), in: text, base: start.offset).position
    }
}
