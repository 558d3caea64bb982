/// XML 1.0's classes of characters, byte by byte, as `XMLReader` reads UTF-8: spaces, the bytes
/// that start and continue a name (any byte of a non-ASCII character counts as a letter), the
/// characters a document may hold, and the digits of a character reference.
enum XMLCharacters {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func startsName(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func continuesName(_ byte: UInt8) -> Bool {
        startsName(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    static func isName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, startsName(first) else { return false }
        return bytes.dropFirst().allSatisfy(continuesName)
    }

    /// XML's Char production: tab, line ends, and everything from space up but surrogates
    /// (which `Unicode.Scalar` already refuses), U+FFFE and U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Digits in `radix` (at most eight), or nil.
    static func number(_ digits: ArraySlice<UInt8>, radix: UInt32) -> UInt32? {
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            let lowered = digit | 0x20
            let digitValue: UInt32
            if digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") {
                digitValue = UInt32(digit - UInt8(ascii: "0"))
            } else if radix == 16 && lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "f") {
                digitValue = UInt32(lowered - UInt8(ascii: "a")) + 10
            } else {
                return nil
            }
            value = value * radix + digitValue
        }
        return value
    }
}
