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

    @Test func roundTrips() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<1_000 {
            let value = random.nextDouble() * 1e6
            #expect(Double(PythonFloat.repr(value)) == value)
        }
    }

    /// `append` takes a short cut through Swift's own text between 1e-4 and 1e16; at and around
    /// the edges, and where Swift switches to an exponent early (from 2^53), it must still agree.
    @Test func appendWritesWhatReprWrites() {
        var values: [Double] = [
            0, -0.0, .nan, .infinity, -.infinity, 1e-4, 0.000_099_999_9, 1e-5, 0x1p53, 0x1p53 + 2, 9.5e15,
            9_999_999_999_999_998, 1e16, 1e17, 123.0, -2.5, 1, 0.1, 0.6077016626638644,
        ]
        var random = SplitMix64(seed: 7)
        for exponent in -8...18 {
            for _ in 0..<50 {
                values.append(random.nextDouble() * pow10(exponent))
            }
        }
        for value in values {
            var text = Array("x".utf8)
            PythonFloat.append(value, to: &text)
            #expect(String(decoding: text, as: UTF8.self) == "x" + PythonFloat.repr(value), "\(value)")
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<abs(exponent)).reduce(1.0) { value, _ in exponent < 0 ? value / 10 : value * 10 }
    }
}
