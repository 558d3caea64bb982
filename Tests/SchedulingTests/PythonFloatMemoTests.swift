import Testing

@testable import Scheduling

@Suite struct PythonFloatMemoTests {
    /// What `PythonFloat.write` writes through `memo` as numbers of `kind`.
    private func written(_ value: Double, memo: borrowing PythonFloatMemo, kind: Int = 0) -> String {
        var text: [UInt8] = []
        text.write(atMost: PythonFloat.longestRepr) {
            PythonFloat.write(value, memo: memo, kind: kind, to: &$0)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A number written again comes from the table: it must read as it did the first time,
    /// whatever its length (up to the longest `repr` of a positive double, 23 bytes).
    @Test func writesANumberMetAgainAsTheFirstTime() {
        let memo = PythonFloatMemo(kinds: 1)
        let numbers = [
            1.0, 2.3065, 0.212, 2.118103970459016, 0.9468474993825461, 1e-05, 1e+16, 123.0,
            2.2250738585072014e-308, 1.7976931348623157e+308, 0.00012345678901234567, 9_999_999_999_999_998,
        ]
        for number in numbers {
            let first = written(number, memo: memo)
            #expect(first == PythonFloat.repr(number))
            #expect(written(number, memo: memo) == first)
            #expect(written(number, memo: memo) == first)
        }
    }

    /// Numbers the table does not take (zero, negatives, subnormals, infinities, NaN) are written
    /// as `repr` writes them, again and again.
    @Test func writesOtherKindsOfNumberWithoutTheTable() {
        let memo = PythonFloatMemo(kinds: 1)
        for number in [0.0, -0.0, -2.5, 5e-324, .infinity, -.infinity, .nan] {
            #expect(written(number, memo: memo) == PythonFloat.repr(number))
            #expect(written(number, memo: memo) == PythonFloat.repr(number))
        }
    }

    /// Many more numbers than slots, each written twice in a row and then all again: numbers
    /// that share a slot push each other out, and none is ever written as another.
    @Test func numbersSharingASlotNeverMixUp() {
        let memo = PythonFloatMemo(kinds: 2)
        var random = SplitMix64(seed: 11)
        let numbers = (0..<(8 * PythonFloatMemo.slotsPerKind)).map { _ in
            Double(random.next() % 1_000_000) / 997
        }
        for round in 0..<2 {
            for (index, number) in numbers.enumerated() where number > 0 {
                let expected = PythonFloat.repr(number)
                #expect(written(number, memo: memo, kind: index % 2) == expected, "round \(round)")
                #expect(written(number, memo: memo, kind: index % 2) == expected, "round \(round)")
            }
        }
    }
}
