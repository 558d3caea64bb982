/// One CSV record and the line of the file it starts on, for error messages.
public struct CSVRecord: Equatable, Sendable {
    /// 1-based; a record with a quoted line break spans several lines and reports the first.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Why a text is not well-formed CSV, where, and how to fix it.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// A quoted field never closed; `line` is where it opened.
        case unterminatedQuote
        /// Text between a closing quote and the next comma or line end.
        case textAfterClosingQuote
        /// A quote in the middle of an unquoted field.
        case quoteInUnquotedField
    }

    public let kind: Kind
    public let line: Int

    /// What is wrong and how to fix it, without the location.
    public var message: String {
        switch kind {
        case .unterminatedQuote:
            "a quoted field opened here is never closed; end it with \" and write a quote inside a field "
                + "as \"\""
        case .textAfterClosingQuote:
            "text follows a closing quote; a quoted field must end at a comma or the line end (write a "
                + "quote inside a field as \"\")"
        case .quoteInUnquotedField:
            "a quote appears inside an unquoted field; put the whole field in quotes and double the quote "
                + "(\"say \"\"hi\"\"\")"
        }
    }

    public var description: String { "line \(line): \(message)" }
}

/// One record while the reader visits it: its line and its fields as UTF-8 bytes, quotes removed.
///
/// A row borrows the reader's buffers, which the next record overwrites: copy out what you keep.
/// Visiting rows instead of collecting `CSVRecord`s lets a million-row file be read without
/// making a string per field; a row without quoted fields points into the text itself, so most
/// rows copy nothing at all.
public struct CSVRow {
    /// 1-based; a record with a quoted line break spans several lines and reports the first.
    public let line: Int
    /// The text the fields lie in: the file's, or (for a row with quoted fields) its fields'
    /// bytes, unquoted, one after another.
    fileprivate let bytes: [UInt8]
    /// Each field's start and end in `bytes`, in pairs.
    fileprivate let bounds: [Int]

    public var count: Int { bounds.count / 2 }

    /// The bytes of field `index` (0-based).
    public subscript(index: Int) -> ArraySlice<UInt8> {
        bytes[bounds[2 * index]..<bounds[2 * index + 1]]
    }

    /// Whether every field is ASCII, checked eight bytes at a time (with the commas between).
    public var isASCII: Bool {
        guard let first = bounds.first, let last = bounds.last, last > first else { return true }
        return bytes.withUnsafeBufferPointer { buffer in
            ByteWords.isASCII(UnsafeBufferPointer(rebasing: buffer[first..<last]))
        }
    }

    /// The row as a record of strings.
    public var record: CSVRecord {
        CSVRecord(line: line, fields: (0..<count).map { String(decoding: self[$0], as: UTF8.self) })
    }
}

/// An RFC 4180 CSV reader: comma-separated fields, optionally in double quotes, a doubled quote
/// for a quote inside a quoted field, and commas and line breaks allowed inside quotes.
///
/// Also accepts what real files carry: LF or lone CR line ends as well as CRLF, a UTF-8 byte
/// order mark, and no line end after the last record. Completely empty lines are skipped (a
/// blank line between records is almost always an accident, not a record of one empty field).
public enum CSVReader {
    /// Every record of `text`, in order.
    /// - Throws: `CSVError` with the line of the first malformed field.
    public static func records(in text: String) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRow(in: Array(text.utf8)) { records.append($0.record) }
        return records
    }

    /// Calls `body` with each record of `bytes` (UTF-8), in order, as soon as it is read.
    ///
    /// - Throws: `CSVError` with the line of the first malformed field; the records before it
    ///   have been visited.
    public static func forEachRow(in bytes: [UInt8], _ body: (CSVRow) -> Void) throws(CSVError) {
        var parser = Parser(bytes: bytes)
        try parser.parse(body)
    }

    /// `forEachRow(in:_:)` with a faster reader for the rows it knows: before each record,
    /// `skim` is offered the bytes from there to the end of the text read so far and takes
    /// whole records, the same as `body` would have taken them; `body` gets the rest.
    ///
    /// - Parameter skim: given the bytes ahead and the line they start on, reads zero or more
    ///   records from the start, each ending in a line feed or a CRLF, holding no quote and no
    ///   other carriage return (an empty line may be among them), and returns how many bytes and
    ///   lines it took. It stops before anything else, such as a record it leaves
    ///   to `body`.
    public static func forEachRow(
        in bytes: [UInt8], skimming skim: CSVSkimmer, _ body: (CSVRow) -> Void
    ) throws(CSVError) {
        var parser = Parser(bytes: bytes)
        try parser.parse(skimming: skim, body)
    }

    /// Reads plain records ahead of `forEachRow(in:skimming:_:)`'s general reader (see there).
    public typealias CSVSkimmer = (_ ahead: UnsafeBufferPointer<UInt8>, _ line: Int) -> (
        bytes: Int, lines: Int
    )

    /// Reads records from `bytes`: a whole file, or (`forEachRow(in:)` on chunks) a run of whole
    /// records cut at a line end, starting at line `line`.
    struct Parser {
        let bytes: [UInt8]
        /// Where the text ends in `bytes`: a window of records may be followed by the start of
        /// the next one.
        let end: Int
        var index = 0
        var line = 1
        /// The current record's fields when one is quoted (reused from one record to the next),
        /// and each field's start and end, in `bytes` or in `fieldBytes`.
        var fieldBytes: [UInt8] = []
        var fieldBounds: [Int] = []

        static let quote = UInt8(ascii: "\"")
        static let comma = UInt8(ascii: ",")
        static let cr = UInt8(ascii: "\r")
        static let lf = UInt8(ascii: "\n")

        init(bytes: [UInt8], end: Int? = nil, line: Int = 1, atFileStart: Bool = true) {
            self.bytes = bytes
            self.end = end ?? bytes.count
            self.line = line
            if atFileStart && bytes.prefix(self.end).starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func parse(_ body: (CSVRow) -> Void) throws(CSVError) {
            while index < end {
                try readRecord(body)
            }
        }

        /// `parse(_:)`, offering the text to `skim` before each record.
        mutating func parse(skimming skim: CSVSkimmer, _ body: (CSVRow) -> Void) throws(CSVError) {
            while index < end {
                let (taken, lines) = bytes.withUnsafeBufferPointer { buffer in
                    skim(UnsafeBufferPointer(rebasing: buffer[index..<end]), line)
                }
                precondition(taken >= 0 && taken <= end - index, "a CSV skimmer took bytes it was not given")
                index += taken
                line += lines
                if index < end { try readRecord(body) }
            }
        }

        /// Reads the record at `index` (or steps over one line end).
        private mutating func readRecord(_ body: (CSVRow) -> Void) throws(CSVError) {
            if isLineEnd(bytes[index]) {
                skipLineEnd()
                return
            }
            let start = line
            if plainRecord() {
                body(CSVRow(line: start, bytes: bytes, bounds: fieldBounds))
                return
            }
            fieldBytes.removeAll(keepingCapacity: true)
            fieldBounds.removeAll(keepingCapacity: true)
            while true {
                fieldBounds.append(fieldBytes.count)
                try field()
                fieldBounds.append(fieldBytes.count)
                if index < end && bytes[index] == Self.comma {
                    index += 1
                    continue
                }
                if index < end { skipLineEnd() }
                break
            }
            body(CSVRow(line: start, bytes: fieldBytes, bounds: fieldBounds))
        }

        /// Reads the record at `index` when none of its fields is quoted, noting each field where
        /// it lies in `bytes` (nothing copied), and steps over its line end; `false` (with
        /// nothing read) when a field is quoted, for `field()` to read it.
        mutating func plainRecord() -> Bool {
            // Worked on outside `self` (swapped out, so still uniquely held) while the text is
            // borrowed.
            var bounds: [Int] = []
            swap(&bounds, &fieldBounds)
            bounds.removeAll(keepingCapacity: true)
            defer { swap(&bounds, &fieldBounds) }
            let start = index
            var recordEnd = index
            let limit = end
            let found: Bool? = bytes.withUnsafeBufferPointer { buffer in
                var position = start
                while true {
                    if position < limit && buffer[position] == Self.quote { return false }
                    let fieldStart = position
                    while position < limit {
                        let byte = buffer[position]
                        // One comparison rules out every byte above the comma (letters, digits).
                        if byte <= Self.comma {
                            if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
                            if byte == Self.quote { return nil }
                        }
                        position += 1
                    }
                    bounds.append(fieldStart)
                    bounds.append(position)
                    if position < limit && buffer[position] == Self.comma {
                        position += 1
                        continue
                    }
                    recordEnd = position
                    return true
                }
            }
            // `false`: a quoted field; `nil`: a quote inside an unquoted field, which `field()`
            // reports with its line.
            guard found == true else { return false }
            index = recordEnd
            if index < end { skipLineEnd() }
            return true
        }

        /// Appends one field to `fieldBytes`, leaving `index` on the comma or line end after it
        /// (or at the end).
        mutating func field() throws(CSVError) {
            guard index < end, bytes[index] == Self.quote else {
                let start = index
                while index < end, bytes[index] != Self.comma, !isLineEnd(bytes[index]) {
                    if bytes[index] == Self.quote { throw CSVError(kind: .quoteInUnquotedField, line: line) }
                    index += 1
                }
                fieldBytes.append(contentsOf: bytes[start..<index])
                return
            }
            let opened = line
            index += 1
            while true {
                guard index < end else { throw CSVError(kind: .unterminatedQuote, line: opened) }
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < end && bytes[index + 1] == Self.quote {
                        fieldBytes.append(Self.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == Self.lf
                    || (byte == Self.cr && (index + 1 == end || bytes[index + 1] != Self.lf))
                {
                    line += 1
                }
                fieldBytes.append(byte)
                index += 1
            }
            if index < end && bytes[index] != Self.comma && !isLineEnd(bytes[index]) {
                throw CSVError(kind: .textAfterClosingQuote, line: line)
            }
        }

        func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.cr || byte == Self.lf }

        /// Steps over one CRLF, LF or CR.
        mutating func skipLineEnd() {
            if bytes[index] == Self.cr && index + 1 < end && bytes[index + 1] == Self.lf {
                index += 1
            }
            index += 1
            line += 1
        }
    }
}
