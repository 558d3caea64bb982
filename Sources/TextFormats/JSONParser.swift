/// A strict JSON (RFC 8259) parser over bytes that records where every value starts.
///
/// Written by hand because Foundation's decoder reports no line or column. It accepts a leading
/// byte-order mark and CRLF line ends (what editors produce), limits nesting depth so hostile
/// input cannot exhaust the stack, and rejects invalid UTF-8 inside strings with its location.
public struct JSONParser {
    /// Why a text is not valid JSON, and where.
    public struct SyntaxError: Error, Sendable, Equatable {
        /// Byte offset of the problem.
        public var offset: Int
        public var message: String
    }

    public static let defaultMaximumDepth = 200

    let bytes: [UInt8]
    var index: Int
    private let maximumDepth: Int
    /// Added to the offsets of values and keys: where `bytes` begins in the whole file, when
    /// they are one piece of it (see `JSONStreamReader`). Syntax errors stay relative.
    private let base: Int
    /// Whether slips are stepped over (and kept in `slips`) rather than thrown.
    private var recovering = false
    private var slips: [SyntaxError] = []

    /// Parses a whole document: exactly one JSON value, surrounded by optional white space.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(SyntaxError)
        -> JSONNode
    {
        try parse(bytes, maximumDepth: maximumDepth, base: 0)
    }

    /// Parses a whole document, stepping over the two slips an editor most often leaves, a comma
    /// before a closing bracket and a comma missing between two members or items, so that a
    /// checker can go on to report the file's other problems in the same run, as a compiler does.
    /// Each slip stepped over is returned; any other error still throws.
    public static func parseRecovering(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth)
        throws(SyntaxError) -> (node: JSONNode, slips: [SyntaxError])
    {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, base: 0)
        parser.recovering = true
        let node = try parser.parseDocument()
        return (node, parser.slips)
    }

    /// Parses one value that stands `base` bytes into a file, so its offsets are the file's.
    static func parse(_ bytes: [UInt8], maximumDepth: Int, base: Int) throws(SyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, base: base)
        return try parser.parseDocument()
    }

    /// Why `parseValue(in:from:)` failed.
    struct PieceError: Error {
        let syntax: SyntaxError
        /// The parser stopped at the end of the bytes: more of the file might complete the value.
        /// Otherwise the value is not well formed, whatever follows.
        let ranOutOfInput: Bool
    }

    /// Parses the one value starting at `start` in `bytes` and returns it with the offset just
    /// past it, ignoring what follows (`JSONStreamReader` reads an item in place this way).
    /// Offsets in the node are `base` plus offsets in `bytes`.
    static func parseValue(in bytes: [UInt8], from start: Int, maximumDepth: Int, base: Int)
        throws(PieceError) -> (node: JSONNode, end: Int)
    {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, base: base)
        parser.index = start
        do throws(SyntaxError) {
            guard start < bytes.count else {
                throw SyntaxError(offset: start, message: "the file ends where a value was expected")
            }
            let node = try parser.parseValue(depth: 0)
            return (node, parser.index)
        } catch {
            // Every way of running out (an open text, list or object, a cut word, escape, \u
            // escape or surrogate pair, or number) leaves the parser at the end; an error inside
            // the bytes does not (`JSONParserTests` checks every prefix of valid values).
            throw PieceError(syntax: error, ranOutOfInput: parser.index >= bytes.count)
        }
    }

    private init(bytes: [UInt8], maximumDepth: Int, base: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.base = base
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        index = hasByteOrderMark ? 3 : 0
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else {
            throw SyntaxError(
                offset: index, message: "the file is empty; it should hold one JSON object { … }")
        }
        let node = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw SyntaxError(
                offset: index,
                message: "unexpected \(describe(at: index)) after the end of the JSON value; "
                    + "is there an extra closing bracket or a missing comma before it?")
        }
        return node
    }

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONNode {
        guard index < bytes.count else {
            throw SyntaxError(offset: index, message: "the file ends where a value was expected (truncated?)")
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), offset: base + start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(.bool(true), offset: base + start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(.bool(false), offset: base + start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(.null, offset: base + start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw SyntaxError(
                offset: start,
                message: "expected a value (text in double quotes, a number, true, false, null, "
                    + "an object or a list) but found \(describe(at: start))")
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONNode {
        let start = index
        try checkDepth(depth, at: start)
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return JSONNode(.object(members), offset: base + start)
        }
        while true {
            skipWhitespace()
            if recovering, peek() == UInt8(ascii: "}") {
                slips.append(
                    SyntaxError(
                        offset: index,
                        message: "an object cannot end with a comma; remove the comma before '}'"))
                index += 1
                return JSONNode(.object(members), offset: base + start)
            }
            guard peek() == UInt8(ascii: "\"") else {
                let hint =
                    peek() == UInt8(ascii: "}")
                    ? "remove the comma before the closing brace" : "keys must be text in double quotes"
                throw SyntaxError(
                    offset: index,
                    message: "expected a key in double quotes but found \(describe(at: index)); \(hint)")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw SyntaxError(
                    offset: index,
                    message: "expected ':' after the key \"\(key)\" but found \(describe(at: index))")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyOffset: base + keyOffset, value: value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return JSONNode(.object(members), offset: base + start)
            case UInt8(ascii: "\"") where recovering:
                slips.append(
                    SyntaxError(
                        offset: index,
                        message:
                            "a comma is missing after the value of \"\(key)\"; add ',' before the next key"))
            case nil:
                // A file cut short (a copy or a download stopped) ends in the middle: said as such,
                // not as a missing comma.
                throw SyntaxError(
                    offset: index,
                    message:
                        "the file ends after the value of \"\(key)\", inside an object that is never closed; "
                        + "was it cut short? Restore its end (the object needs its '}')")
            default:
                throw SyntaxError(
                    offset: index,
                    message:
                        "expected ',' or '}' after the value of \"\(key)\" but found \(describe(at: index)); "
                        + "is a comma missing?")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONNode {
        let start = index
        try checkDepth(depth, at: start)
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return JSONNode(.array(items), offset: base + start)
        }
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                let slip = SyntaxError(
                    offset: index, message: "a list cannot end with a comma; remove the comma before ']'")
                guard recovering else { throw slip }
                slips.append(slip)
                index += 1
                return JSONNode(.array(items), offset: base + start)
            }
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return JSONNode(.array(items), offset: base + start)
            case .some(let next) where recovering && startsValue(next):
                slips.append(
                    SyntaxError(
                        offset: index, message: "a comma is missing between two items of the list; add ','"))
            case nil:
                throw SyntaxError(
                    offset: index,
                    message:
                        "the file ends inside a list that is never closed; was it cut short? Restore its end "
                        + "(the list needs its ']')")
            default:
                throw SyntaxError(
                    offset: index,
                    message:
                        "expected ',' or ']' in the list but found \(describe(at: index)); is a comma missing?"
                )
            }
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONNode {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), isDigit(first) else {
            throw SyntaxError(offset: start, message: "a '-' must be followed by digits")
        }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) {
                throw SyntaxError(offset: start, message: "numbers cannot start with 0 (write 7, not 07)")
            }
        } else {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let next = peek(), isDigit(next) else {
                throw SyntaxError(offset: start, message: "a decimal point must be followed by digits")
            }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let next = peek(), isDigit(next) else {
                throw SyntaxError(offset: start, message: "an exponent must have digits")
            }
            skipDigits()
        }
        let literal = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(literal), number.isFinite else {
            throw SyntaxError(offset: start, message: "the number \(literal) is too large")
        }
        return JSONNode(.number(number, literal: literal), offset: base + start)
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let start = index
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw SyntaxError(
                    offset: start,
                    message:
                        "expected \(word) but found \(describe(at: start)); text must be in double quotes")
            }
            index += 1
        }
        if let next = peek(), isWordByte(next) {
            throw SyntaxError(
                offset: start, message: "unexpected \(describe(at: start)); text must be in double quotes")
        }
    }

    private func checkDepth(_ depth: Int, at offset: Int) throws(SyntaxError) {
        if depth > maximumDepth {
            throw SyntaxError(offset: offset, message: "nesting is deeper than \(maximumDepth) levels")
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { index += 1 }
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
    private func startsValue(_ byte: UInt8) -> Bool {
        "{[\"-tfn".utf8.contains(byte) || isDigit(byte)
    }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "_")
    }

    /// A short, printable description of what stands at `offset` ("'x'", "the end of the file").
    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        var end = offset
        while end < bytes.count, end - offset < 12, isWordByte(bytes[end]) { end += 1 }
        if end > offset + 1 {
            return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
        }
        return "'\(describeByte(bytes[offset]))'"
    }

    func describeByte(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
