import Testing

@testable import Scheduling

@Suite struct DecimalDigitsTests {
    /// Every value below 100,000, a million random ones and the edges read as their own digits.
    @Test func eightDigitsAreTheNumbersDigits() {
        var random = SplitMix64(seed: 5)
        var values: [UInt32] = Array(0..<100_000)
        values += [99_999_999, 10_000_000, 9_999_999, 12_345_678, 90_000_009]
        for _ in 0..<1_000_000 { values.append(UInt32(random.next() % 100_000_000)) }
        var wrong: [UInt32] = []
        for value in values {
            var word = DecimalDigits.eight(value).littleEndian
            let text = withUnsafeBytes(of: &word) { String(decoding: $0, as: UTF8.self) }
            let expected = String(value)
            if text != String(repeating: "0", count: 8 - expected.count) + expected { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "first: \(wrong.prefix(5))")
    }
}
