/// Reads a JSON document whose root is an object a window at a time, handing out the items of
/// one big list (a deck's `questions`) one by one instead of building them all.
///
/// Memory stays near one item however long the file: bytes already handed out are dropped from
/// the window. The reader takes only the well-formed path: anything else (a syntax error, an
/// unexpected shape) ends with `.notStreamable`, and the caller parses the whole text with
/// `JSONParser`, which reports the problem exactly as it always has. Items handed out before
/// that must then be forgotten.
///
/// Positions: `position(ofByteOffset:)` resolves any offset before the list and after the
/// current item's start, which is every offset a reader of the document reports; positions are
/// resolved moving forward, so resolving each item's offsets costs one pass over the file.
public final class JSONStreamReader {
    public enum Outcome {
        /// The root object; the streamed member's value is an empty list standing where the list
        /// began, and `streamedCount` says how many items were handed out (`nil` when the root has
        /// no such member, or it is not a list — then its value is in the tree as usual).
        case document(root: JSONNode, streamedCount: Int?)
        /// Not well-formed JSON (or not an object at the root): parse the whole text instead.
        case notStreamable
    }

    private let next: () throws -> [UInt8]
    private let maximumDepth: Int
    private var window: [UInt8] = []
    /// The file offset of `window[0]`.
    private var base = 0
    /// The read position, relative to the window.
    private var index = 0
    private var reachedEnd = false

    /// The text before the streamed list, kept so positions there can still be resolved once
    /// the window has moved on.
    private var prefix: [UInt8] = []
    private var prefixEnd = 0
    /// Where `window[0]` stands, and a cursor that only moves forward through the window.
    private var windowStart = TextCursor.start
    private var cursor = TextCursor.start

    /// Drop handed-out bytes once this many have built up (cheap to move what is left).
    private static let discardThreshold = 1 << 18

    /// - Parameters:
    ///   - source: read from the beginning once.
    public init(_ source: ByteChunks, maximumDepth: Int = JSONParser.defaultMaximumDepth) throws {
        next = try source.open()
        self.maximumDepth = maximumDepth
    }

    /// Reads the document, calling `item` with each item of the list that is the value of the
    /// root's first `key` member, in order.
    ///
    /// - Throws: what the source throws when it cannot be read.
    public func read(streaming key: String, item: (JSONNode) -> Void) throws -> Outcome {
        try readDocument(streaming: key) { node, _ in item(node) }
    }

    /// Reads the document as `read(streaming:item:)` does, handing out each item with its own
    /// text and place, so that its offsets can be resolved after the reader has moved on, on
    /// any thread (`position(ofByteOffset:)` is then for offsets outside the list only).
    ///
    /// - Throws: what the source throws when it cannot be read.
    public func read(placingItemsOf key: String, item: (JSONStreamItem) -> Void) throws -> Outcome {
        try readDocument(streaming: key) { node, start in item(placed(node, from: start)) }
    }

    /// The item `node`, which starts at `start` in the window and ends at `index`, with its text
    /// and place. The cursor moves on to each item in turn: one pass over the file in all.
    private func placed(_ node: JSONNode, from start: Int) -> JSONStreamItem {
        if cursor.offset > base + start { cursor = windowStart }
        cursor = cursor.advanced(to: base + start, in: window, base: base)
        return JSONStreamItem(node: node, text: Array(window[start..<index]), start: cursor)
    }

    /// - Parameter item: receives each item and where it starts in the window.
    private func readDocument(streaming key: String, item: (JSONNode, Int) -> Void) throws -> Outcome {
        if try !fill(atLeast: 3) { return .notStreamable }
        if window.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            cursor = TextCursor(offset: 3, line: 1, column: 1)
            windowStart = cursor
        }
        guard try skipWhitespace(), window[index] == UInt8(ascii: "{") else { return .notStreamable }
        let rootOffset = base + index
        index += 1
        var members: [JSONMember] = []
        var streamedCount: Int?
        guard try skipWhitespace() else { return .notStreamable }
        if window[index] != UInt8(ascii: "}") {
            while true {
                guard try skipWhitespace(), window[index] == UInt8(ascii: "\""),
                    let keyNode = try value(depth: 1), let name = keyNode.stringValue,
                    try skipWhitespace(), window[index] == UInt8(ascii: ":")
                else { return .notStreamable }
                index += 1
                guard try skipWhitespace() else { return .notStreamable }
                let member: JSONNode
                if name == key, streamedCount == nil, window[index] == UInt8(ascii: "[") {
                    let listOffset = base + index
                    guard let count = try streamList(item: item) else { return .notStreamable }
                    streamedCount = count
                    member = JSONNode(.array([]), offset: listOffset)
                } else {
                    guard let parsed = try value(depth: 1) else { return .notStreamable }
                    member = parsed
                }
                members.append(JSONMember(key: name, keyOffset: keyNode.offset, value: member))
                guard try skipWhitespace() else { return .notStreamable }
                if window[index] == UInt8(ascii: ",") {
                    index += 1
                } else if window[index] == UInt8(ascii: "}") {
                    break
                } else {
                    return .notStreamable
                }
            }
        }
        index += 1
        // Nothing but white space may follow the root.
        if try skipWhitespace() { return .notStreamable }
        return .document(root: JSONNode(.object(members), offset: rootOffset), streamedCount: streamedCount)
    }

    /// The 1-based line and column of a file offset, counted as `SourceText` counts them.
    public func position(ofByteOffset offset: Int) -> SourcePosition {
        if offset < prefixEnd {
            var start = TextCursor.start
            if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { start.offset = 3 }
            return start.advanced(to: max(offset, start.offset), in: prefix, base: 0).position
        }
        guard offset >= base else {
            // Inside items already handed out: never asked for by a decoder; the nearest known.
            return SourcePosition(line: windowStart.line, column: windowStart.column)
        }
        let target = min(offset, base + window.count)
        if target < cursor.offset { cursor = windowStart }
        cursor = cursor.advanced(to: target, in: window, base: base)
        return cursor.position
    }

    /// How many bytes the window holds now (tests check it stays small).
    var windowSize: Int { window.count }

    // MARK: - The list

    /// Hands out each item of the list starting at `index`; `nil` when it is not well formed.
    private func streamList(item: (JSONNode, Int) -> Void) throws -> Int? {
        if prefixEnd == 0 {
            prefix = Array(window[0..<index])
            prefixEnd = base + index
        }
        index += 1
        var count = 0
        guard try skipWhitespace() else { return nil }
        if window[index] == UInt8(ascii: "]") {
            index += 1
            return 0
        }
        while true {
            guard try skipWhitespace() else { return nil }
            let start = index
            guard let node = try value(depth: 2) else { return nil }
            item(node, start)
            count += 1
            guard try skipWhitespace() else { return nil }
            if window[index] == UInt8(ascii: ",") {
                index += 1
                discardHandedOut()
            } else if window[index] == UInt8(ascii: "]") {
                index += 1
                return count
            } else {
                return nil
            }
        }
    }

    /// Forgets the window's bytes before `index`, once enough have built up.
    private func discardHandedOut() {
        guard index >= Self.discardThreshold else { return }
        windowStart = (cursor.offset <= base + index ? cursor : windowStart).advanced(
            to: base + index, in: window, base: base)
        cursor = windowStart
        window.removeSubrange(0..<index)
        base += index
        index = 0
    }

    // MARK: - Values

    /// Parses the value at `index` (which must not be white space) with `JSONParser`, in place;
    /// `nil` when it is not well formed.
    ///
    /// When the parse runs out of window (or ends exactly at its end: a number may go on), more
    /// of the file is read and the value parsed again. Each retry at least doubles what the
    /// window holds past `index`, so a value far longer than a chunk is parsed a few times, not
    /// once per chunk; an error inside the window ends the streaming at once.
    private func value(depth: Int) throws -> JSONNode? {
        while true {
            do {
                let (node, end) = try JSONParser.parseValue(
                    in: window, from: index, maximumDepth: maximumDepth - depth, base: base)
                if end < window.count || reachedEnd {
                    index = end
                    return node
                }
            } catch {
                if !error.ranOutOfInput || reachedEnd { return nil }
            }
            _ = try fill(atLeast: 2 * (window.count - index))
        }
    }

    // MARK: - The window

    /// Skips white space; `false` when the text ends first.
    private func skipWhitespace() throws -> Bool {
        while true {
            while index < window.count {
                switch window[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return true
                }
            }
            if try !readMore() { return false }
        }
    }

    /// Reads until the window holds `count` bytes from `index`; `false` when the text is shorter.
    private func fill(atLeast count: Int) throws -> Bool {
        while window.count - index < count {
            if try !readMore() { return window.count - index > 0 }
        }
        return true
    }

    private func readMore() throws -> Bool {
        guard !reachedEnd else { return false }
        let chunk = try next()
        if chunk.isEmpty {
            reachedEnd = true
            return false
        }
        window += chunk
        return true
    }
}
