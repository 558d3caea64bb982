import Testing

@testable import Scheduling

/// Schubfach's digits must be exactly the shortest, nearest digits Swift's `description` prints
/// (and Python's `repr`, which replay's fixtures hold it to).
@Suite struct ShortestDecimalTests {
    @Test func knownValues() {
        #expect(ShortestDecimal(1.0) == ShortestDecimal(significand: 1, exponent: 0))
        #expect(ShortestDecimal(0.1) == ShortestDecimal(significand: 1, exponent: -1))
        #expect(ShortestDecimal(100.0) == ShortestDecimal(significand: 1, exponent: 2))
        #expect(ShortestDecimal(0.3) == ShortestDecimal(significand: 3, exponent: -1))
        #expect(
            ShortestDecimal(0.1 + 0.2) == ShortestDecimal(significand: 30_000_000_000_000_004, exponent: -17))
        #expect(ShortestDecimal(5e-324) == ShortestDecimal(significand: 5, exponent: -324))
        #expect(
            ShortestDecimal(.leastNormalMagnitude)
                == ShortestDecimal(significand: 22_250_738_585_072_014, exponent: -324))
        #expect(
            ShortestDecimal(.greatestFiniteMagnitude)
                == ShortestDecimal(significand: 17_976_931_348_623_157, exponent: 292))
        #expect(ShortestDecimal(0x1p53) == ShortestDecimal(significand: 9_007_199_254_740_992, exponent: 0))
        #expect(ShortestDecimal(2.3065) == ShortestDecimal(significand: 23_065, exponent: -4))
    }

    /// Random bit patterns cover every exponent; random values in replay's ranges cover the
    /// numbers it prints; the edges of binades and the subnormals cover the asymmetric cases.
    @Test func agreesWithSwiftsDescription() {
        var random = SplitMix64(seed: 11)
        var values: [Double] = []
        for _ in 0..<200_000 {
            let value = Double(bitPattern: random.next() & ~(1 << 63))
            if value.isFinite && value > 0 { values.append(value) }
        }
        for scale in [1e-6, 1e-3, 1.0, 10.0, 100.0, 36_500.0, 1e9, 1e15, 1e16, 1e17] {
            for _ in 0..<20_000 { values.append(random.nextDouble() * scale + .leastNonzeroMagnitude) }
        }
        for exponent in -1074...1023 {
            let power =
                exponent < -1022
                ? Double(sign: .plus, exponent: -1022, significand: 1)
                    * Double(sign: .plus, exponent: exponent + 1022, significand: 1)
                : Double(sign: .plus, exponent: exponent, significand: 1)
            values += [power, power.nextUp, power.nextDown].filter { $0 > 0 && $0.isFinite }
        }
        for subnormal in 1...1_000 { values.append(Double(bitPattern: UInt64(subnormal))) }
        for whole in [1.0, 9_007_199_254_740_991, 9_007_199_254_740_993, 123_456_789, 1e22, 1e23] {
            values.append(whole)
        }
        var mismatches: [Double] = []
        for value in values where ShortestDecimal(value) != Self.fromDescription(value) {
            mismatches.append(value)
        }
        #expect(
            mismatches.isEmpty,
            "first: \(mismatches.prefix(5).map { "\($0) bits \(String($0.bitPattern, radix: 16))" })")
        #expect(values.count > 250_000)
    }

    /// The digits and exponent of Swift's text for a positive number (`1.25`, `1e-05`,
    /// `1.2345e+16`), trailing zeros dropped.
    static func fromDescription(_ value: Double) -> ShortestDecimal {
        var text = Substring(value.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...])!
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        var digits = String(whole + fraction)
        exponent -= fraction.count
        while digits.count > 1 && digits.hasSuffix("0") {
            digits.removeLast()
            exponent += 1
        }
        return ShortestDecimal(significand: UInt64(digits)!, exponent: exponent)
    }
}
