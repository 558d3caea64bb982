/// Decimal digits made several at a time in one machine word, for replay's numbers and times.
enum DecimalDigits {
    /// The eight decimal digits of `value` (below 10^8, with leading zeros) as ASCII, the first
    /// digit in the lowest byte: stored as a little-endian word, they read in order.
    ///
    /// The value is split into two halves of four digits, four pairs and eight digits, each
    /// split done for all lanes of the word at once by multiplying by a reciprocal (10,486 / 2^20
    /// is 1/100 and 103 / 2^10 is 1/10, exactly, over the lanes' ranges).
    static func eight(_ value: UInt32) -> UInt64 {
        let v = UInt64(value)
        let halves = v / 10_000 | (v % 10_000) << 32
        let hundreds = (halves &* 10_486) >> 20 & 0x0000_007F_0000_007F
        let pairs = hundreds | (halves &- 100 &* hundreds) << 16
        let tens = (pairs &* 103) >> 10 & 0x000F_000F_000F_000F
        let digits = tens | (pairs &- 10 &* tens) << 8
        return digits &+ 0x3030_3030_3030_3030
    }
}
