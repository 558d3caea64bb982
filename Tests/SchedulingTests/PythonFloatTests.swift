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
}
