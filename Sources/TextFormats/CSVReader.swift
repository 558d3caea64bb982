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
        var parser = Parser(bytes: Array(text.utf8))
        return try parser.parse()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        static let quote = UInt8(ascii: "\"")
        static let comma = UInt8(ascii: ",")
        static let cr = UInt8(ascii: "\r")
        static let lf = UInt8(ascii: "\n")

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func parse() throws(CSVError) -> [CSVRecord] {
            var records: [CSVRecord] = []
            while index < bytes.count {
                if isLineEnd(bytes[index]) {
                    skipLineEnd()
                    continue
                }
                let start = line
                var fields: [String] = []
                while true {
                    fields.append(try field())
                    if index < bytes.count && bytes[index] == Self.comma {
                        index += 1
                        continue
                    }
                    if index < bytes.count { skipLineEnd() }
                    break
                }
                records.append(CSVRecord(line: start, fields: fields))
            }
            return records
        }

        /// Reads one field, leaving `index` on the comma or line end after it (or at the end).
        mutating func field() throws(CSVError) -> String {
            guard index < bytes.count, bytes[index] == Self.quote else {
                let start = index
                while index < bytes.count, bytes[index] != Self.comma, !isLineEnd(bytes[index]) {
                    if bytes[index] == Self.quote { throw CSVError(kind: .quoteInUnquotedField, line: line) }
                    index += 1
                }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            let opened = line
            index += 1
            var value: [UInt8] = []
            while true {
                guard index < bytes.count else { throw CSVError(kind: .unterminatedQuote, line: opened) }
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
                        value.append(Self.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == Self.lf
                    || (byte == Self.cr && (index + 1 == bytes.count || bytes[index + 1] != Self.lf))
                {
                    line += 1
                }
                value.append(byte)
                index += 1
            }
            if index < bytes.count && bytes[index] != Self.comma && !isLineEnd(bytes[index]) {
                throw CSVError(kind: .textAfterClosingQuote, line: line)
            }
            return String(decoding: value, as: UTF8.self)
        }

        func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.cr || byte == Self.lf }

        /// Steps over one CRLF, LF or CR.
        mutating func skipLineEnd() {
            if bytes[index] == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf {
                index += 1
            }
            index += 1
            line += 1
        }
    }
}
