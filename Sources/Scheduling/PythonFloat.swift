/// Doubles printed the way Python's `repr` prints them: the shortest text that reads back to the
/// same number, in positional notation for exponents from -4 to 15 and scientific otherwise
/// (`0.0001`, `1e-05`, `123.0`, `1e+16`).
///
/// Replay output is compared with py-fsrs's, and shortest round-trip text keeps it exact. The
/// digits come from `ShortestDecimal`; this lays them out as Python does.
public enum PythonFloat {
    /// `repr(value)` appended to ASCII bytes, without making a string on the common path.
    public static func append(_ value: Double, to text: inout [UInt8]) {
        text.write(atMost: longestRepr) { write(value, to: &$0) }
    }

    /// The longest text `repr` writes, e.g. `-2.2250738585072014e-308`.
    static let longestRepr = 24

    public static func repr(_ value: Double) -> String {
        var text: [UInt8] = []
        append(value, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    static func write(_ value: Double, to writer: inout ReplayWriter) {
        if value.isNaN { return writer.put("nan") }
        if value.sign == .minus { writer.put(UInt8(ascii: "-")) }
        if value.isInfinite { return writer.put("inf") }
        if value == 0 { return writer.put("0.0") }
        let decimal = ShortestDecimal(value.magnitude)
        let count = decimalDigitCount(decimal.significand)
        // The power of ten of the first digit, as in d.ddd × 10^leading.
        let leading = decimal.exponent + count - 1
        if leading < -4 || leading >= 16 {
            writer.putDigits(of: decimal.significand, count: count, pointAfter: 1)
            writer.put(UInt8(ascii: "e"))
            writer.put(UInt8(ascii: leading < 0 ? "-" : "+"))
            let magnitude = leading.magnitude
            if magnitude >= 100 { writer.put(UInt8(ascii: "0") + UInt8(magnitude / 100)) }
            writer.putTwoDigits(Int(magnitude % 100))
        } else if leading < 0 {
            writer.put("0.")
            for _ in 0..<(-leading - 1) { writer.put(UInt8(ascii: "0")) }
            writer.putDigits(of: decimal.significand, count: count, pointAfter: 0)
        } else if count <= leading + 1 {
            writer.putDigits(of: decimal.significand, count: count, pointAfter: 0)
            for _ in 0..<(leading + 1 - count) { writer.put(UInt8(ascii: "0")) }
            writer.put(".0")
        } else {
            writer.putDigits(of: decimal.significand, count: count, pointAfter: leading + 1)
        }
    }

    /// How many decimal digits `value` has (1 for 0).
    private static func decimalDigitCount(_ value: UInt64) -> Int {
        var count = 1
        var bound: UInt64 = 10
        while count < 20 && value >= bound {
            count += 1
            bound = bound &* 10
        }
        return count
    }
}
