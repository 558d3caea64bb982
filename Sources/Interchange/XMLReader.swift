import TextFormats

/// Reads a well-formed XML 1.0 document whole into `XMLItem`s: elements with their attributes,
/// text and CDATA, comments and processing instructions passed over, a DOCTYPE skipped whole,
/// the five predefined entities and character references expanded, and line ends normalised as
/// the XML specification asks (`\r\n` and a lone `\r` read as `\n`; a line end or tab in an
/// attribute value reads as a space).
///
/// palpate's own, rather than Foundation's `XMLParser`: that one is libxml2 underneath, a shared
/// library (with ICU and liblzma behind it) that every start of palpate loaded for the one
/// command that reads Moodle files, and that kept release builds from linking statically.
/// Nothing outside the file is ever fetched; an entity a DOCTYPE declares is not expanded
/// (Moodle writes none), and using one is an error that says so. Elements nest at most
/// `deepestNesting` deep, as libxml2's default limit, so a hostile file cannot exhaust the stack.
struct XMLReader {
    /// Where the document stops being well formed (a byte offset), and why, in plain words.
    struct Failure: Error, Equatable {
        let offset: Int
        let reason: String
    }

    static let deepestNesting = 256

    private let bytes: [UInt8]
    private var offset = 0
    /// The line of `lineOffset`, moved forward as elements are read (each records its line).
    private var line = 1
    private var lineOffset = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The document's root element.
    static func read(_ bytes: [UInt8]) throws(Failure) -> XMLItem {
        var reader = XMLReader(bytes: bytes)
        return try reader.document()
    }

    private mutating func document() throws(Failure) -> XMLItem {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        let afterByteOrderMark = offset
        try skipMisc(beforeRoot: true)
        guard offset < bytes.count else {
            let isBlank = bytes[afterByteOrderMark...].allSatisfy(XMLCharacters.isSpace)
            throw Failure(
                offset: offset, reason: isBlank ? "the file is empty" : "the file has no root element")
        }
        guard bytes[offset] == UInt8(ascii: "<") else {
            throw Failure(
                offset: offset,
                reason: "text before the root element: an XML file starts with <?xml …?> or its root element")
        }
        let root = try elements()
        try skipMisc(beforeRoot: false)
        if offset < bytes.count {
            throw Failure(
                offset: offset,
                reason:
                    "there is more after the root element </\(Self.shown(root.name))> ends: an XML file has one root element"
            )
        }
        return root
    }

    // MARK: - Elements

    /// The element whose start tag begins at `offset`, with everything inside it, read without
    /// recursion.
    private mutating func elements() throws(Failure) -> XMLItem {
        var open: [XMLItem] = []
        while true {
            guard offset < bytes.count else {
                guard let innermost = open.last else {
                    preconditionFailure("the root element was never read")
                }
                throw Failure(
                    offset: offset,
                    reason:
                        "the file ends inside <\(Self.shown(innermost.name))>, opened on line \(innermost.line)"
                )
            }
            guard bytes[offset] == UInt8(ascii: "<") else {
                guard let innermost = open.last else { preconditionFailure("text outside the root element") }
                innermost.text += try text()
                continue
            }
            switch byte(at: offset + 1) {
            case UInt8(ascii: "/"):
                let closed = try endTag(closing: open.last)
                open.removeLast()
                if open.isEmpty { return closed }
            case UInt8(ascii: "!"):
                if bytes[offset...].starts(with: Self.commentStart) {
                    try skipComment()
                } else if bytes[offset...].starts(with: Self.cdataStart), let innermost = open.last {
                    innermost.text += try cdata()
                } else {
                    throw Failure(
                        offset: offset,
                        reason: open.isEmpty
                            ? "text before the root element: an XML file starts with <?xml …?> or its root element"
                            : "'<!' here must start a comment (<!--) or a CDATA section (<![CDATA[)")
                }
            case UInt8(ascii: "?"):
                try skipProcessingInstruction()
            default:
                let tagStart = offset
                let (element, isEmpty) = try startTag()
                if let parent = open.last { parent.children.append(element) }
                if isEmpty {
                    if open.isEmpty { return element }
                } else {
                    guard open.count < Self.deepestNesting else {
                        throw Failure(
                            offset: tagStart,
                            reason: "elements are nested more than \(Self.deepestNesting) deep")
                    }
                    open.append(element)
                }
            }
        }
    }

    /// A start tag at `offset` (`<name attribute="value" …>` or `…/>`), and whether it was an
    /// empty-element tag.
    private mutating func startTag() throws(Failure) -> (XMLItem, isEmpty: Bool) {
        let tagStart = offset
        offset += 1
        let name = try self.name(
            describing:
                "'<' must start a tag: a name, '/', '!' or '?' follows it (write &lt; for a less-than sign)")
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpace()
            switch byte(at: offset) {
            case UInt8(ascii: ">"):
                offset += 1
                return (XMLItem(name: name, attributes: attributes, line: lineNumber(at: tagStart)), false)
            case UInt8(ascii: "/"):
                guard byte(at: offset + 1) == UInt8(ascii: ">") else {
                    throw Failure(
                        offset: offset + 1,
                        reason: "'/' in a tag must be followed by '>' (<\(Self.shown(name))/>)")
                }
                offset += 2
                return (XMLItem(name: name, attributes: attributes, line: lineNumber(at: tagStart)), true)
            case nil:
                throw Failure(offset: offset, reason: "the file ends inside the tag <\(Self.shown(name))")
            default:
                guard spaced else {
                    throw Failure(
                        offset: offset,
                        reason:
                            "a '>' is missing, or a space before the next attribute, in the tag <\(Self.shown(name))"
                    )
                }
                let attributeStart = offset
                let (attribute, value) = try self.attribute(in: name)
                guard attributes.updateValue(value, forKey: attribute) == nil else {
                    throw Failure(
                        offset: attributeStart,
                        reason:
                            "the attribute \(Self.shown(attribute)) appears twice in <\(Self.shown(name))>")
                }
            }
        }
    }

    /// `name="value"` (or with single quotes), the value's entities expanded.
    private mutating func attribute(in element: String) throws(Failure) -> (String, String) {
        let attribute = try name(
            describing: "a name or character is not allowed here, in the tag <\(Self.shown(element))")
        skipSpace()
        guard byte(at: offset) == UInt8(ascii: "=") else {
            throw Failure(
                offset: offset,
                reason:
                    "the attribute \(Self.shown(attribute)) has no value: write \(Self.shown(attribute))=\"…\""
            )
        }
        offset += 1
        skipSpace()
        guard let quote = byte(at: offset), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw Failure(
                offset: offset,
                reason:
                    "the value of the attribute \(Self.shown(attribute)) has no quotes around it: write \(Self.shown(attribute))=\"…\""
            )
        }
        let valueStart = offset
        offset += 1
        var value: [UInt8] = []
        while true {
            guard let next = byte(at: offset) else {
                throw Failure(
                    offset: valueStart,
                    reason: "the value of the attribute \(Self.shown(attribute)) has no closing quote")
            }
            switch next {
            case quote:
                offset += 1
                return (attribute, String(decoding: value, as: UTF8.self))
            case UInt8(ascii: "<"):
                throw Failure(
                    offset: offset,
                    reason:
                        "'<' is not allowed in the value of the attribute \(Self.shown(attribute)): write &lt;"
                )
            case UInt8(ascii: "&"):
                value += try reference()
            case 0x0D:
                // A line end (\r\n counts once) or a tab reads as one space.
                offset += byte(at: offset + 1) == 0x0A ? 2 : 1
                value.append(0x20)
            case 0x09, 0x0A:
                offset += 1
                value.append(0x20)
            default:
                try checkAllowed(next)
                value.append(next)
                offset += 1
            }
        }
    }

    /// An end tag at `offset`, which must close `innermost`; returns it.
    private mutating func endTag(closing innermost: XMLItem?) throws(Failure) -> XMLItem {
        let tagStart = offset
        offset += 2
        let name = try self.name(describing: "'</' must be followed by the name of the element it closes")
        skipSpace()
        guard byte(at: offset) == UInt8(ascii: ">") else {
            throw Failure(
                offset: offset, reason: "a '>' is missing at the end of the end tag </\(Self.shown(name))")
        }
        offset += 1
        guard let innermost else {
            throw Failure(offset: tagStart, reason: "the end tag </\(Self.shown(name))> closes no element")
        }
        guard innermost.name == name else {
            throw Failure(
                offset: tagStart,
                reason:
                    "the end tag </\(Self.shown(name))> does not match <\(Self.shown(innermost.name))>, opened on line \(innermost.line)"
            )
        }
        return innermost
    }

    // MARK: - Text

    /// Character data up to the next '<' (or the end), references expanded and line ends
    /// normalised.
    private mutating func text() throws(Failure) -> String {
        var text: [UInt8] = []
        while let next = byte(at: offset), next != UInt8(ascii: "<") {
            switch next {
            case UInt8(ascii: "&"):
                text += try reference()
            case 0x0D:
                offset += byte(at: offset + 1) == 0x0A ? 2 : 1
                text.append(0x0A)
            default:
                try checkAllowed(next)
                text.append(next)
                offset += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `<![CDATA[…]]>`: the text inside as it stands, but for line ends.
    private mutating func cdata() throws(Failure) -> String {
        let start = offset
        offset += Self.cdataStart.count
        guard let end = find(Self.cdataEnd) else {
            throw Failure(offset: start, reason: "a CDATA section (<![CDATA[) is never closed with ]]>")
        }
        var text: [UInt8] = []
        text.reserveCapacity(end - offset)
        while offset < end {
            let next = bytes[offset]
            if next == 0x0D {
                offset += byte(at: offset + 1) == 0x0A ? 2 : 1
                text.append(0x0A)
            } else {
                try checkAllowed(next)
                text.append(next)
                offset += 1
            }
        }
        offset = end + Self.cdataEnd.count
        return String(decoding: text, as: UTF8.self)
    }

    /// An entity or character reference at `offset` (`&amp;`, `&#233;`, `&#xE9;`), as UTF-8.
    private mutating func reference() throws(Failure) -> [UInt8] {
        let start = offset
        guard let semicolon = bytes[start...].prefix(40).firstIndex(of: UInt8(ascii: ";")) else {
            throw Failure(
                offset: start,
                reason: "a '&' must start a reference such as &amp; (write &amp; for an ampersand)")
        }
        let body = bytes[(start + 1)..<semicolon]
        offset = semicolon + 1
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x")
            let value = XMLCharacters.number(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10)
            guard let value, let scalar = Unicode.Scalar(value), XMLCharacters.isAllowed(scalar) else {
                throw Failure(
                    offset: start,
                    reason:
                        "&\(Self.shown(String(decoding: body, as: UTF8.self))); is not a character XML allows "
                        + "(a reference is &#233; or &#xE9;)")
            }
            return Array(String(Character(scalar)).utf8)
        }
        switch String(decoding: body, as: UTF8.self) {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        case let other where XMLCharacters.isName(body):
            throw Failure(
                offset: start,
                reason:
                    "the entity &\(Self.shown(other)); is not defined: XML knows &lt; &gt; &amp; &quot; &apos; and "
                    + "numbered characters (write &#160; for HTML's &nbsp;)")
        default:
            throw Failure(
                offset: start,
                reason: "a '&' must start a reference such as &amp; (write &amp; for an ampersand)")
        }
    }

    // MARK: - What lies outside the elements

    /// Whitespace, comments and processing instructions (and, before the root, the XML
    /// declaration and a DOCTYPE).
    private mutating func skipMisc(beforeRoot: Bool) throws(Failure) {
        while true {
            skipSpace()
            if bytes[offset...].starts(with: Self.commentStart) {
                try skipComment()
            } else if byte(at: offset) == UInt8(ascii: "<"), byte(at: offset + 1) == UInt8(ascii: "?") {
                try skipProcessingInstruction()
            } else if beforeRoot, bytes[offset...].starts(with: Self.doctypeStart) {
                try skipDoctype()
            } else {
                return
            }
        }
    }

    private mutating func skipComment() throws(Failure) {
        let start = offset
        offset += Self.commentStart.count
        guard let end = find(Self.commentEnd) else {
            throw Failure(offset: start, reason: "a comment (<!--) is never closed with -->")
        }
        offset = end + Self.commentEnd.count
    }

    private mutating func skipProcessingInstruction() throws(Failure) {
        let start = offset
        offset += 2
        guard let end = find(Array("?>".utf8)) else {
            throw Failure(offset: start, reason: "a processing instruction (<?) is never closed with ?>")
        }
        offset = end + 2
    }

    /// `<!DOCTYPE …>`, with any internal subset in brackets and quoted strings inside it.
    private mutating func skipDoctype() throws(Failure) {
        let start = offset
        offset += Self.doctypeStart.count
        var depth = 0
        var quote: UInt8?
        while let next = byte(at: offset) {
            offset += 1
            if let open = quote {
                if next == open { quote = nil }
                continue
            }
            switch next {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = next
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return
            default: break
            }
        }
        throw Failure(offset: start, reason: "the DOCTYPE (<!DOCTYPE) is never closed with '>'")
    }

    // MARK: - Pieces

    /// An XML name at `offset`: a letter, '_', ':' or any non-ASCII character, then those,
    /// digits, '-' and '.'.
    private mutating func name(describing problem: String) throws(Failure) -> String {
        let start = offset
        guard let first = byte(at: offset), XMLCharacters.startsName(first) else {
            throw Failure(offset: offset, reason: problem)
        }
        offset += 1
        while let next = byte(at: offset), XMLCharacters.continuesName(next) { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// Skips spaces, tabs and line ends; returns whether there were any.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = offset
        while let next = byte(at: offset), XMLCharacters.isSpace(next) { offset += 1 }
        return offset > start
    }

    private func byte(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Where `marker` next starts, from `offset` on.
    private func find(_ marker: [UInt8]) -> Int? {
        guard let first = marker.first, bytes.count >= marker.count else { return nil }
        var position = offset
        while position <= bytes.count - marker.count {
            if bytes[position] == first && bytes[position..<(position + marker.count)].elementsEqual(marker) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// The line `position` is on, counted forward from the last line asked for (positions are
    /// asked for in file order).
    private mutating func lineNumber(at position: Int) -> Int {
        while lineOffset < position {
            if bytes[lineOffset] == 0x0A { line += 1 }
            lineOffset += 1
        }
        return line
    }

    /// Control characters other than tab and line ends are not XML.
    private func checkAllowed(_ byte: UInt8) throws(Failure) {
        guard byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D else { return }
        let code = String(byte, radix: 16, uppercase: true)
        throw Failure(
            offset: offset,
            reason:
                "a control character (U+\(String(repeating: "0", count: 4 - code.count))\(code)) is not allowed in XML"
        )
    }

    /// A name or reference as a message shows it: control characters escaped, a long one cut.
    private static func shown(_ text: String) -> String { QuotedInput.escape(text, limit: 40) }

    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let doctypeStart = Array("<!DOCTYPE".utf8)
}
