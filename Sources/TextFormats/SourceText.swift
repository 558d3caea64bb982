/// A file's bytes with a line index, so a byte offset can be turned into `line:column` on demand.
///
/// Parsers record plain byte offsets (cheap, even for huge one-line files); only the few offsets
/// that end up in a diagnostic are ever resolved.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// 3 when the text starts with a byte-order mark, which editors do not show as a column.
    private let firstColumnOffset: Int

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        // A plain loop over the buffer: this runs on every file loaded, and also in unoptimised
        // test builds, where iterator-based loops are many times slower.
        lineStarts = bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            var offset = 0
            while offset < buffer.count {
                if buffer[offset] == 0x0A { starts.append(offset + 1) }
                offset += 1
            }
            return starts
        }
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        firstColumnOffset = hasByteOrderMark ? 3 : 0
    }

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset; columns count characters (Unicode scalars),
    /// as editors show them; a carriage return before the line feed and a byte-order mark are not
    /// counted.
    public func position(ofByteOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        var column = 1
        var index = low == 0 ? min(firstColumnOffset, clamped) : lineStart
        while index < clamped {
            // Count only the first byte of each UTF-8 sequence.
            if bytes[index] & 0b1100_0000 != 0b1000_0000 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }

    public var lineCount: Int { lineStarts.count }

    /// The position of the first byte that is not valid UTF-8, or `nil` when all of it is valid.
    public var firstInvalidUTF8Position: SourcePosition? {
        Self.firstInvalidUTF8Offset(in: bytes[...]).map { position(ofByteOffset: $0) }
    }

    /// The offset (from the slice's start) of the first byte that does not begin a valid UTF-8
    /// sequence, or `nil` when the whole slice is valid.
    public static func firstInvalidUTF8Offset(in slice: ArraySlice<UInt8>) -> Int? {
        var index = slice.startIndex
        while index < slice.endIndex {
            let lead = slice[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index - slice.startIndex
            }
            guard index + length <= slice.endIndex,
                String(validating: slice[index..<(index + length)], as: UTF8.self) != nil
            else { return index - slice.startIndex }
            index += length
        }
        return nil
    }
}

/// A 1-based line and column in a text file.
public struct SourcePosition: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
