import Testing

@testable import Scheduling

@Suite struct PythonFloatTests {
    @Test func printsLikePythonRepr() {
        #expect(PythonFloat.repr(1.0) == "1.0")
        #expect(PythonFloat.repr(100.0) == "100.0")
        #expect(PythonFloat.repr(0.1) == "0.1")
        #expect(PythonFloat.repr(0.0001) == "0.0001")
        #expect(PythonFloat.repr(1e-5) == "1e-05")
        #expect(PythonFloat.repr(1.5e-7) == "1.5e-07")
        #expect(PythonFloat.repr(1e16) == "1e+16")
        #expect(PythonFloat.repr(1_234_567_890_123_456.7) == "1234567890123456.8")
        #expect(PythonFloat.repr(123_456_789_012_345_678.0) == "1.2345678901234568e+17")
        #expect(PythonFloat.repr(0x1p70) == "1.1805916207174113e+21")
        #expect(PythonFloat.repr(-2.5) == "-2.5")
        #expect(PythonFloat.repr(0.6077016626638644) == "0.6077016626638644")
    }

    /// Each way the digits are laid out: the point inside the first eight digits (moved in the
    /// registers) or after them, zeros before the point, "0." and zeros before the digits, and
    /// scientific with one digit or many.
    @Test func laysOutEachShape() {
        #expect(PythonFloat.repr(1_234_567.25) == "1234567.25")
        #expect(PythonFloat.repr(12_345_678.9) == "12345678.9")
        #expect(PythonFloat.repr(123_456_789_012_345.67) == "123456789012345.67")
        #expect(PythonFloat.repr(1e15) == "1000000000000000.0")
        #expect(PythonFloat.repr(9_999_999_999_999_998) == "9999999999999998.0")
        #expect(PythonFloat.repr(0.001234) == "0.001234")
        #expect(PythonFloat.repr(0.000_123_456_789_012_345_67) == "0.00012345678901234567")
        #expect(PythonFloat.repr(12_345_678_901_234_567) == "1.2345678901234568e+16")
        #expect(PythonFloat.repr(1.5e300) == "1.5e+300")
        #expect(PythonFloat.repr(2.5e-300) == "2.5e-300")
        #expect(PythonFloat.repr(-2.5e-300) == "-2.5e-300")
    }

    @Test func roundTrips() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<1_000 {
            let value = random.nextDouble() * 1e6
            #expect(Double(PythonFloat.repr(value)) == value)
        }
    }

    /// Python's layout of the shortest digits, checked against the same layout made from
    /// Swift's `description` (whose digits are the shortest too) across every exponent.
    @Test func layoutMatchesPythonsAcrossExponents() {
        var values: [Double] = [
            1e-4, 0.000_099_999_9, 1e-5, 0x1p53, 0x1p53 + 2, 9.5e15, 9_999_999_999_999_998, 1e16, 1e17, 123.0,
            1,
            0.1, 0.6077016626638644, 5e-324, .greatestFiniteMagnitude, 1e100, 1.5e-100, 1e-10,
        ]
        var random = SplitMix64(seed: 7)
        for exponent in -12...22 {
            for _ in 0..<200 {
                values.append(random.nextDouble() * pow10(exponent))
            }
        }
        for _ in 0..<20_000 {
            let value = Double(bitPattern: random.next() & ~(1 << 63))
            if value.isFinite && value > 0 { values.append(value) }
        }
        for value in values where value > 0 {
            #expect(PythonFloat.repr(value) == Self.pythonLayout(value), "\(value)")
            #expect(PythonFloat.repr(-value) == "-" + Self.pythonLayout(value), "\(value)")
            var text = Array("x".utf8)
            PythonFloat.append(value, to: &text)
            #expect(String(decoding: text, as: UTF8.self) == "x" + Self.pythonLayout(value))
        }
        #expect(PythonFloat.repr(0) == "0.0")
        #expect(PythonFloat.repr(-0.0) == "-0.0")
        #expect(PythonFloat.repr(.nan) == "nan")
        #expect(PythonFloat.repr(.infinity) == "inf")
        #expect(PythonFloat.repr(-.infinity) == "-inf")
    }

    /// `repr` of a positive number as Python lays it out, from Swift's digits.
    static func pythonLayout(_ value: Double) -> String {
        let decimal = ShortestDecimalTests.fromDescription(value)
        let digits = String(decimal.significand)
        let leading = decimal.exponent + digits.count - 1
        if leading < -4 || leading >= 16 {
            let mantissa = digits.count > 1 ? "\(digits.first!).\(digits.dropFirst())" : digits
            let magnitude = abs(leading)
            return mantissa + (leading < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        if leading < 0 { return "0." + String(repeating: "0", count: -leading - 1) + digits }
        if digits.count <= leading + 1 {
            return digits + String(repeating: "0", count: leading + 1 - digits.count) + ".0"
        }
        return digits.prefix(leading + 1) + "." + digits.dropFirst(leading + 1)
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<abs(exponent)).reduce(1.0) { value, _ in exponent < 0 ? value / 10 : value * 10 }
    }
}

extension PythonFloatTests {
    /// Significands of every length from 1 to 17 digits (all nines, a power of ten, mixed
    /// digits), with the point everywhere from well before the first digit to past the last.
    @Test func everyDigitCountAndPointPosition() {
        for count in 1...17 {
            let shapes = [
                String(repeating: "9", count: count), "1" + String(repeating: "0", count: count - 1),
                String("12345678912345678".prefix(count)), String("98765432198765432".prefix(count)),
            ]
            for digits in shapes {
                for exponent in -24...20 {
                    guard let value = Double("\(digits)e\(exponent)"), value.isFinite, value > 0 else {
                        continue
                    }
                    #expect(PythonFloat.repr(value) == Self.pythonLayout(value), "\(digits)e\(exponent)")
                }
            }
        }
    }
}
