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
        // Positive normal numbers (biased exponent 1 to 2,046, sign clear) are nearly all that
        // replay prints; one comparison lets them past the tests for the other kinds.
        guard (value.bitPattern >> 52) &- 1 < 0x7FE else { return writeOtherKinds(value, to: &writer) }
        let decimal = ShortestDecimal(value)
        writer.put(scribblingOn: scribbledBytes) { layOut(decimal, at: $0) }
    }

    /// `write(_:to:)` through `memo`'s table for numbers of kind `kind`.
    @inline(__always)
    static func write(
        _ value: Double, memo: borrowing PythonFloatMemo, kind: Int, to writer: inout ReplayWriter
    ) {
        guard (value.bitPattern >> 52) &- 1 < 0x7FE else { return writeOtherKinds(value, to: &writer) }
        memo.write(value, kind: kind, to: &writer)
    }

    /// Zero, subnormals, negative numbers, infinities and NaN.
    private static func writeOtherKinds(_ value: Double, to writer: inout ReplayWriter) {
        if value.isNaN { return writer.put("nan") }
        if value.sign == .minus { writer.put(UInt8(ascii: "-")) }
        if value.isInfinite { return writer.put("inf") }
        if value == 0 { return writer.put("0.0") }
        let decimal = ShortestDecimal(value.magnitude)
        writer.put(scribblingOn: scribbledBytes) { layOut(decimal, at: $0) }
    }

    /// How many bytes `layOut` may store into: its longest text, plus the words it stores whole
    /// past the text's end.
    static let scribbledBytes = 40

    /// Writes `decimal` at `out` as Python lays it out and returns the text's length. The
    /// digits are made in three words (`digitWords`) and stored a word at a time, so up to
    /// `scribbledBytes` bytes at `out` may be overwritten.
    static func layOut(_ decimal: ShortestDecimal, at out: UnsafeMutableRawPointer) -> Int {
        layOutKeepingWords(decimal, at: out).length
    }

    /// `layOut`, also returning the text as three words (first byte lowest, zero bytes after
    /// it) when it was made in registers: `0.0025`, `2.5`, `1234567.25`, the shapes replay's
    /// numbers nearly always take. `PythonFloatMemo` keeps them without reading back what was
    /// just stored, which stalled each number: a load that overlaps stores of other sizes
    /// waits for them to reach the cache.
    ///
    /// Inlined, so that the words stay in registers: returned through memory, they were read
    /// back as a whole from two halves just stored, with the same stall.
    @inline(__always)
    static func layOutKeepingWords(_ decimal: ShortestDecimal, at out: UnsafeMutableRawPointer)
        -> (length: Int, words: (UInt64, UInt64, UInt64)?)
    {
        let count = digitCount(decimal.significand)
        let digits = digitWords(decimal.significand, count: count)
        // The power of ten of the first digit, as in d.ddd × 10^leading.
        let leading = decimal.exponent + count - 1
        let zeros: UInt64 = 0x3030_3030_3030_3030
        let words: (UInt64, UInt64, UInt64)
        let length: Int
        switch leading {
        case 0..<7 where leading + 1 < count:
            // The point goes into the first word: the digits from `whole` on move up a byte.
            let shift = UInt64(8 * (leading + 1))
            let below: UInt64 = 1 &<< shift &- 1
            words = (
                digits.0 & below | 0x2E &<< shift | (digits.0 & ~below) &<< 8,
                digits.1 &<< 8 | digits.0 &>> 56, digits.2 &<< 8 | digits.1 &>> 56
            )
            length = count + 1
        case -4..<0:
            // "0.", zeros, then the digits (moved up by the 2 to 5 bytes before them).
            let shift = UInt64(8 * (1 - leading))
            let prefix = (zeros &<< 16 | 0x2E30) & (1 &<< shift &- 1)
            words = (
                prefix | digits.0 &<< shift, digits.0 &>> (64 &- shift) | digits.1 &<< shift,
                digits.1 &>> (64 &- shift) | digits.2 &<< shift
            )
            length = 1 - leading + count
        default:
            return (layOutInMemory(digits, count: count, leading: leading, at: out), nil)
        }
        store(words, at: out)
        return (length, words)
    }

    /// The shapes `layOutKeepingWords` does not make in registers: whole numbers, eight whole
    /// digits or more, and scientific notation.
    private static func layOutInMemory(
        _ digits: (UInt64, UInt64, UInt64), count: Int, leading: Int, at out: UnsafeMutableRawPointer
    ) -> Int {
        let zeros: UInt64 = 0x3030_3030_3030_3030
        switch leading {
        case 0..<16:
            let whole = leading + 1
            if whole >= count {
                // Digits, zeros up to the point, then ".0": `123.0`, `1000.0`.
                store(digits, at: out)
                out.storeBytes(of: zeros, toByteOffset: count, as: UInt64.self)
                out.storeBytes(of: zeros, toByteOffset: count + 8, as: UInt64.self)
                out.storeBytes(of: UInt16(0x302E).littleEndian, toByteOffset: whole, as: UInt16.self)
                return whole + 2
            }
            // Eight whole digits or more (10,000,000 and up): the fraction (at most nine digits)
            // is read back and stored a byte further on.
            store(digits, at: out)
            let fraction = out.loadUnaligned(fromByteOffset: whole, as: (UInt64, UInt64).self)
            out.storeBytes(of: UInt8(ascii: "."), toByteOffset: whole, as: UInt8.self)
            out.storeBytes(of: fraction.0, toByteOffset: whole + 1, as: UInt64.self)
            out.storeBytes(of: fraction.1, toByteOffset: whole + 9, as: UInt64.self)
            return count + 1
        default:
            // Scientific: `1e-05`, `1.2345678901234568e+17`.
            out.storeBytes(of: UInt8(truncatingIfNeeded: digits.0), as: UInt8.self)
            var length = 1
            if count > 1 {
                out.storeBytes(of: UInt8(ascii: "."), toByteOffset: 1, as: UInt8.self)
                store(
                    (digits.0 &>> 8 | digits.1 &<< 56, digits.1 &>> 8 | digits.2 &<< 56, digits.2 &>> 8),
                    at: out + 2)
                length = count + 1
            }
            let magnitude = leading.magnitude
            out.storeBytes(of: UInt8(ascii: "e"), toByteOffset: length, as: UInt8.self)
            out.storeBytes(
                of: UInt8(ascii: leading < 0 ? "-" : "+"), toByteOffset: length + 1, as: UInt8.self)
            length += 2
            if magnitude >= 100 {
                out.storeBytes(
                    of: UInt8(ascii: "0") + UInt8(magnitude / 100), toByteOffset: length, as: UInt8.self)
                length += 1
            }
            out.storeBytes(
                of: UInt8(ascii: "0") + UInt8(magnitude / 10 % 10), toByteOffset: length, as: UInt8.self)
            out.storeBytes(
                of: UInt8(ascii: "0") + UInt8(magnitude % 10), toByteOffset: length + 1, as: UInt8.self)
            return length + 2
        }
    }

    private static func store(_ words: (UInt64, UInt64, UInt64), at out: UnsafeMutableRawPointer) {
        out.storeBytes(of: words.0.littleEndian, as: UInt64.self)
        out.storeBytes(of: words.1.littleEndian, toByteOffset: 8, as: UInt64.self)
        out.storeBytes(of: words.2.littleEndian, toByteOffset: 16, as: UInt64.self)
    }

    /// The `count` digits of `significand` (1 to 10^17 − 1) as ASCII in three words, first
    /// digit in the lowest byte of the first, zero bytes after the last.
    static func digitWords(_ significand: UInt64, count: Int) -> (UInt64, UInt64, UInt64) {
        // `DecimalDigits.eight` makes eight digits with leading zeros, first in the lowest
        // byte: shifting right drops the zeros, shifting left makes room for digits before.
        let eight = { (value: UInt64) in DecimalDigits.eight(UInt32(truncatingIfNeeded: value)) }
        switch count {
        case ...8:
            return (eight(significand) &>> UInt64(8 * (8 - count)), 0, 0)
        case ...16:
            let high = significand / 100_000_000
            let low = eight(significand &- high &* 100_000_000)
            let highCount = UInt64(count - 8)
            // Shifted in two steps: a shift by 64 (eight high digits) must leave nothing.
            return (
                eight(high) &>> (64 &- 8 &* highCount) | (low &<< (8 &* highCount &- 8)) &<< 8,
                low &>> (64 &- 8 &* highCount), 0
            )
        default:
            let first = significand / 10_000_000_000_000_000
            let rest = significand &- first &* 10_000_000_000_000_000
            let highValue = rest / 100_000_000
            let high = eight(highValue)
            let low = eight(rest &- highValue &* 100_000_000)
            return (UInt64(UInt8(ascii: "0")) &+ first | high &<< 8, high &>> 56 | low &<< 8, low &>> 56)
        }
    }

    /// How many decimal digits `value` (1 to 10^17 − 1) has: estimated from its bit length
    /// (1,233 / 4,096 is just above log10 2), then corrected by one comparison.
    static func digitCount(_ value: UInt64) -> Int {
        let estimate = ((64 &- value.leadingZeroBitCount) &* 1_233) &>> 12 &+ 1
        return value < powersOfTen[estimate &- 1] ? estimate &- 1 : estimate
    }

    private static let powersOfTen: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
    ]
}
