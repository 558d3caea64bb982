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
        var digits = Digits(decimal.significand)
        withUnsafeBytes(of: &digits.text) { text in
            layOut(text, count: digits.count, exponent: decimal.exponent, to: &writer)
        }
    }

    /// A significand's digits as ASCII, first digit first, in four words (zero after the
    /// digits): the layout copies them a word at a time.
    private struct Digits {
        var text: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let count: Int

        init(_ significand: UInt64) {
            precondition(
                significand > 0 && significand < 100_000_000_000_000_000, "a double has 1 to 17 digits")
            let count = Self.digitCount(significand)
            self.count = count
            // `DecimalDigits.eight` makes eight digits with leading zeros, first in the lowest
            // byte: shifting right drops the zeros, shifting left makes room for digits before.
            let eight = { (value: UInt64) in DecimalDigits.eight(UInt32(truncatingIfNeeded: value)) }
            if count <= 8 {
                text.0 = eight(significand) >> (8 * (8 - count))
            } else if count <= 16 {
                let highCount = count - 8
                let low = eight(significand % 100_000_000)
                text.0 = eight(significand / 100_000_000) >> (8 * (8 - highCount)) | low << (8 * highCount)
                text.1 = low >> (64 - 8 * highCount)
            } else {
                let rest = significand % 10_000_000_000_000_000
                let high = eight(rest / 100_000_000)
                let low = eight(rest % 100_000_000)
                text.0 = UInt64(UInt8(ascii: "0")) + significand / 10_000_000_000_000_000 | high << 8
                text.1 = high >> 56 | low << 8
                text.2 = low >> 56
            }
        }

        /// How many decimal digits `value` (1 to 10^17 − 1) has: estimated from its bit length
        /// (1,233 / 4,096 is just above log10 2), then corrected by one comparison.
        static func digitCount(_ value: UInt64) -> Int {
            let estimate = ((64 - value.leadingZeroBitCount) * 1_233) >> 12 + 1
            return value < powersOfTen[estimate - 1] ? estimate - 1 : estimate
        }

        private static let powersOfTen: [UInt64] = (0...18).map { power in
            (0..<power).reduce(1) { product, _ in product * 10 }
        }
    }

    /// Writes `digits × 10^exponent` as Python does; the digits are the first `count` bytes of
    /// `text` (32 bytes, zero after them).
    private static func layOut(
        _ text: UnsafeRawBufferPointer, count: Int, exponent: Int, to writer: inout ReplayWriter
    ) {
        // The power of ten of the first digit, as in d.ddd × 10^leading.
        let leading = exponent + count - 1
        let digits = text.bindMemory(to: UInt8.self)
        if leading < -4 || leading >= 16 {
            writer.put(digits[0])
            if count > 1 {
                writer.put(UInt8(ascii: "."))
                writer.put(UnsafeBufferPointer(rebasing: digits[1..<count]))
            }
            writer.put(UInt8(ascii: "e"))
            writer.put(UInt8(ascii: leading < 0 ? "-" : "+"))
            let magnitude = leading.magnitude
            if magnitude >= 100 { writer.put(UInt8(ascii: "0") + UInt8(magnitude / 100)) }
            writer.putTwoDigits(Int(magnitude % 100))
            return
        }
        if leading < 0 {
            writer.put("0.")
            for _ in 0..<(-leading - 1) { writer.put(UInt8(ascii: "0")) }
        }
        let wholeDigits = leading + 1
        writer.put(scribblingOn: 40) { space in
            // All the digits, a word at a time.
            for word in 0..<4 {
                space.storeBytes(
                    of: text.load(fromByteOffset: 8 * word, as: UInt64.self), toByteOffset: 8 * word,
                    as: UInt64.self)
            }
            guard wholeDigits > 0 && count > wholeDigits else { return count }
            // A point inside the digits: the fraction's digits (at most 16) move up one byte.
            let fraction = text.loadUnaligned(fromByteOffset: wholeDigits, as: (UInt64, UInt64).self)
            space.storeBytes(of: UInt8(ascii: "."), toByteOffset: wholeDigits, as: UInt8.self)
            space.storeBytes(of: fraction.0, toByteOffset: wholeDigits + 1, as: UInt64.self)
            space.storeBytes(of: fraction.1, toByteOffset: wholeDigits + 9, as: UInt64.self)
            return count + 1
        }
        if wholeDigits >= count {
            for _ in 0..<(wholeDigits - count) { writer.put(UInt8(ascii: "0")) }
            writer.put(".0")
        }
    }
}
