/// Doubles printed the way Python's `repr` prints them: the shortest text that reads back to the
/// same number, in positional notation for exponents from -4 to 15 and scientific otherwise
/// (`0.0001`, `1e-05`, `123.0`, `1e+16`).
///
/// Replay output is compared with py-fsrs's, and shortest round-trip text keeps it exact.
public enum PythonFloat {
    /// `repr(value)` appended to ASCII bytes, without making a string on the common path.
    public static func append(_ value: Double, to text: inout [UInt8]) {
        text.write(atMost: longestRepr) { write(value, to: &$0) }
    }

    /// The longest text `repr` writes, e.g. `-2.2250738585072014e-308`.
    static let longestRepr = 24

    static func write(_ value: Double, to writer: inout ReplayWriter) {
        // Between 1e-4 and 1e16 Python writes positional notation, and so does Swift wherever
        // it does not switch to an exponent early: its text can then be used as it is.
        if value.magnitude >= 1e-4 && value.magnitude < 1e16 {
            let mark = writer.count
            value.write(to: &writer)
            if !writer.written(since: mark).contains(UInt8(ascii: "e")) { return }
            writer.rewind(to: mark)
        }
        writer.write(repr(value))
    }

    public static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's `description` is also shortest round-trip; only the layout differs. Worked on
        // as ASCII bytes: replay prints millions of these.
        let (digits, exponent) = decompose(Array(value.magnitude.description.utf8))
        var text: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        text.reserveCapacity(digits.count + 8)
        // `exponent` is the power of ten of the first digit, as in d.ddd × 10^exponent.
        if exponent < -4 || exponent >= 16 {
            text.append(digits[0])
            if digits.count > 1 {
                text.append(UInt8(ascii: "."))
                text += digits.dropFirst()
            }
            text.append(UInt8(ascii: "e"))
            text.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            if exponent.magnitude < 10 { text.append(UInt8(ascii: "0")) }
            text += String(exponent.magnitude).utf8
        } else if exponent < 0 {
            text += [UInt8(ascii: "0"), UInt8(ascii: ".")]
            text += repeatElement(UInt8(ascii: "0"), count: -exponent - 1)
            text += digits
        } else if digits.count <= exponent + 1 {
            text += digits
            text += repeatElement(UInt8(ascii: "0"), count: exponent + 1 - digits.count)
            text += [UInt8(ascii: "."), UInt8(ascii: "0")]
        } else {
            text += digits.prefix(exponent + 1)
            text.append(UInt8(ascii: "."))
            text += digits.dropFirst(exponent + 1)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Splits Swift's text for a positive number (`1.25`, `1e-05`, `1.2345e+16`) into significant
    /// digits without leading or trailing zeros and the decimal exponent of the first one.
    private static func decompose(_ text: [UInt8]) -> (digits: [UInt8], exponent: Int) {
        var body = text[...]
        var exponent = 0
        if let e = body.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: body[(e + 1)...], as: UTF8.self)) ?? 0
            body = body[..<e]
        }
        let integerPart = body.prefix { $0 != UInt8(ascii: ".") }
        var digits = Array(integerPart)
        digits += body.dropFirst(integerPart.count + 1)
        exponent += integerPart.count - 1
        let leadingZeros = min(digits.prefix { $0 == UInt8(ascii: "0") }.count, digits.count - 1)
        digits.removeFirst(leadingZeros)
        exponent -= leadingZeros
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, exponent)
    }
}
