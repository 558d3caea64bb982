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
        // The significand's digits, right-aligned in 17 bytes (a double needs at most 17),
        // made eight at a time.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        precondition(decimal.significand < 100_000_000_000_000_000, "a double has at most 17 digits")
        let count = decimalDigitCount(decimal.significand)
        withUnsafeMutableBytes(of: &buffer) { raw in
            let high = decimal.significand / 100_000_000
            raw.storeBytes(
                of: UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: high / 100_000_000), as: UInt8.self)
            raw.storeBytes(
                of: DecimalDigits.eight(UInt32(truncatingIfNeeded: high % 100_000_000)).littleEndian,
                toByteOffset: 1,
                as: UInt64.self)
            raw.storeBytes(
                of: DecimalDigits.eight(UInt32(truncatingIfNeeded: decimal.significand % 100_000_000))
                    .littleEndian,
                toByteOffset: 9, as: UInt64.self)
            let digits = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[(17 - count)..<17])
            layOut(digits, exponent: decimal.exponent, to: &writer)
        }
    }

    /// Writes `digits × 10^exponent` as Python does.
    private static func layOut(
        _ digits: UnsafeBufferPointer<UInt8>, exponent: Int, to writer: inout ReplayWriter
    ) {
        let count = digits.count
        // The power of ten of the first digit, as in d.ddd × 10^leading.
        let leading = exponent + count - 1
        if leading < -4 || leading >= 16 {
            writer.put(digits[0])
            if count > 1 {
                writer.put(UInt8(ascii: "."))
                writer.put(UnsafeBufferPointer(rebasing: digits[1...]))
            }
            writer.put(UInt8(ascii: "e"))
            writer.put(UInt8(ascii: leading < 0 ? "-" : "+"))
            let magnitude = leading.magnitude
            if magnitude >= 100 { writer.put(UInt8(ascii: "0") + UInt8(magnitude / 100)) }
            writer.putTwoDigits(Int(magnitude % 100))
        } else if leading < 0 {
            writer.put("0.")
            for _ in 0..<(-leading - 1) { writer.put(UInt8(ascii: "0")) }
            writer.put(digits)
        } else if count <= leading + 1 {
            writer.put(digits)
            for _ in 0..<(leading + 1 - count) { writer.put(UInt8(ascii: "0")) }
            writer.put(".0")
        } else {
            writer.put(UnsafeBufferPointer(rebasing: digits[..<(leading + 1)]))
            writer.put(UInt8(ascii: "."))
            writer.put(UnsafeBufferPointer(rebasing: digits[(leading + 1)...]))
        }
    }

    /// How many decimal digits `value` (below 10^17) has, counted down from 17: most of
    /// replay's numbers have 16 or 17.
    private static func decimalDigitCount(_ value: UInt64) -> Int {
        var count = 17
        var bound: UInt64 = 10_000_000_000_000_000
        while count > 1 && value < bound {
            count -= 1
            bound /= 10
        }
        return count
    }
}
