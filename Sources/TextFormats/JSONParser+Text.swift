/// Text values: strings with their escapes (`\uXXXX` and surrogate pairs included), checked to
/// be UTF-8. Kept apart from the structure (objects, lists, numbers) in `JSONParser.swift`.
extension JSONParser {
    mutating func parseString() throws(SyntaxError) -> String {
        let start = index
        index += 1
        var scalars: [UInt8] = []
        var escaped = false
        var isASCII = true
        var segmentStart = index
        while true {
            // Skip the plain bytes in one tight loop over the buffer; the rest of the loop
            // handles the byte that stops it.
            index = bytes.withUnsafeBufferPointer { buffer in
                var position = index
                // Eight bytes at a time while none of them ends the run (most text is plain).
                if let base = buffer.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while position + 8 <= buffer.count {
                        let word = UInt64(
                            littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                        if ByteWords.stopsPlainText(word) { break }
                        if word & ByteWords.highBits != 0 { isASCII = false }
                        position += 8
                    }
                }
                while position < buffer.count {
                    let byte = buffer[position]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                    if byte >= 0x80 { isASCII = false }
                    position += 1
                }
                return position
            }
            guard index < bytes.count else {
                throw SyntaxError(offset: start, message: "this text is never closed with a double quote")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if escaped { scalars.append(contentsOf: bytes[segmentStart..<index]) }
                index += 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                scalars.append(contentsOf: bytes[segmentStart..<index])
                try parseEscape(into: &scalars)
                segmentStart = index
                continue
            }
            if byte >= 0x80 { isASCII = false }
            if byte < 0x20 {
                let what = byte == UInt8(ascii: "\n") ? "a line break" : "a control character"
                throw SyntaxError(
                    offset: index,
                    message:
                        "\(what) inside text; close the text with \" first, or write \\n for a line break")
            }
            index += 1
        }
        // Most text is plain ASCII without escapes: taken where it lies, it needs neither a copy
        // nor the (generic, slower) validating initialiser.
        let validated: String?
        if escaped {
            validated = String(validating: scalars, as: UTF8.self)
        } else if isASCII {
            validated = String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        } else {
            validated = String(validating: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        }
        guard let text = validated else {
            throw SyntaxError(
                offset: start + (SourceText.firstInvalidUTF8Offset(in: bytes[start..<index]) ?? 0),
                message: "this text is not valid UTF-8; save the file as UTF-8")
        }
        return text
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(SyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else {
            throw SyntaxError(offset: escapeStart, message: "the file ends inside an escape sequence")
        }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHexQuad(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate. Checked a byte at a
                // time, so text that simply ends here leaves the parser at the end (see `parseValue`).
                for expected in [UInt8(ascii: "\\"), UInt8(ascii: "u")] {
                    guard peek() == expected else {
                        throw SyntaxError(offset: escapeStart, message: "an unpaired surrogate \\u escape")
                    }
                    index += 1
                }
                let low = try parseHexQuad(escapeStart: escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(offset: escapeStart, message: "an unpaired surrogate \\u escape")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw SyntaxError(offset: escapeStart, message: "an unpaired surrogate \\u escape")
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw SyntaxError(offset: escapeStart, message: "\\u escape is not a Unicode character")
            }
            output.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw SyntaxError(
                offset: escapeStart,
                message:
                    "unknown escape '\\\(describeByte(code))'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
            )
        }
    }

    private mutating func parseHexQuad(escapeStart: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        // A digit at a time, so text that simply ends here leaves the parser at the end.
        for _ in 0..<4 {
            guard let byte = peek() else {
                throw SyntaxError(offset: escapeStart, message: "\\u must be followed by four hex digits")
            }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw SyntaxError(offset: escapeStart, message: "\\u must be followed by four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
