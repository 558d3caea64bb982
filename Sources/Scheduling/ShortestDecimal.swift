/// The shortest decimal that reads back as a given double: the digits Python's `repr` and
/// Swift's `description` print, found by Schubfach (Raffaello Giulietti, "The Schubfach way to
/// render doubles", 2020; Java's `Double.toString` since JDK 19).
///
/// Replay prints three such numbers a line, and Swift's own conversion (reached through
/// `TextOutputStream`, then reshaped into Python's layout) was a third of its instructions. This
/// one multiplies once by a 126-bit power of ten from a table and picks the shortest of at most
/// four candidates. Its tests hold it to Swift's `description` on millions of doubles.
struct ShortestDecimal: Equatable {
    /// The significand, without trailing zeros (0 for zero).
    let significand: UInt64
    /// The value is `significand × 10^exponent`.
    let exponent: Int

    init(significand: UInt64, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    /// The shortest decimal of `value`, which must be finite and positive.
    init(_ value: Double) {
        precondition(value.isFinite && value > 0, "ShortestDecimal needs a finite, positive number")
        let bits = value.bitPattern
        let fraction = bits & (1 << 52 - 1)
        let biasedExponent = Int(bits >> 52 & 0x7FF)
        let decimal: (UInt64, Int)
        if biasedExponent != 0 {
            // value = c × 2^q with c of 53 bits.
            let c = 1 << 52 | fraction
            let q = biasedExponent - 1075
            // A whole number below 2^53: its digits are its own.
            if -52 <= q && q < 0, (c &>> UInt64(-q)) &<< UInt64(-q) == c {
                decimal = (c &>> UInt64(-q), 0)
            } else {
                decimal = Self.schubfach(q: q, c: c)
            }
        } else {
            decimal = Self.schubfach(q: -1074, c: fraction)
        }
        var (f, e) = decimal
        // Trailing zeros go (eight, then four, two and one at a time); most shortest digits
        // have none, which one test tells.
        if f % 10 == 0 {
            while f % 100_000_000 == 0 {
                f /= 100_000_000
                e += 8
            }
            if f % 10_000 == 0 {
                f /= 10_000
                e += 4
            }
            if f % 100 == 0 {
                f /= 100
                e += 2
            }
            if f % 10 == 0 {
                f /= 10
                e += 1
            }
        }
        self.init(significand: f, exponent: e)
    }

    /// Section 9 of the paper: `c × 2^q` rounds to `f × 10^e`.
    private static func schubfach(q: Int, c: UInt64) -> (UInt64, Int) {
        // Wrapping operations throughout: the ranges are the paper's (c < 2^53, h from 1 to 4,
        // products below 2^62), and overflow checks were a tenth of the instructions.
        let out: UInt64 = c & 1
        let cb = c &<< 2
        let cbr = cb &+ 2
        let cbl: UInt64
        let k: Int
        if c != 1 << 52 || q == -1074 {
            cbl = cb &- 2
            k = floorLog10(powerOfTwo: q)
        } else {
            // The power of two at the bottom of a binade is nearer its lower neighbour.
            cbl = cb &- 1
            k = floorLog10(threeQuartersPowerOfTwo: q)
        }
        let h = UInt64(truncatingIfNeeded: q &+ floorLog2(powerOfTen: -k) &+ 2)
        let index = 2 &* (k &- minimumK)
        let g1 = powersOfTen[index]
        let g0 = powersOfTen[index + 1]
        let vb = roundToOdd(g1, g0, cb &<< h)
        let vbl = roundToOdd(g1, g0, cbl &<< h)
        let vbr = roundToOdd(g1, g0, cbr &<< h)
        let s = vb &>> 2
        if s >= 10 {
            // One digit fewer, if a multiple of ten lies in the rounding interval.
            let sp10 = 10 &* (s / 10)
            let tp10 = sp10 &+ 10
            let upin = vbl &+ out <= sp10 &<< 2
            let wpin = (tp10 &<< 2) &+ out <= vbr
            if upin != wpin { return (upin ? sp10 : tp10, k) }
        }
        let t = s &+ 1
        let uin = vbl &+ out <= s &<< 2
        let win = (t &<< 2) &+ out <= vbr
        if uin != win { return (uin ? s : t, k) }
        // Both in: the nearer, or the even one at a tie.
        let twice = (s &+ t) &<< 1
        let pick = vb < twice || (vb == twice && s & 1 == 0) ? s : t
        return (pick, k)
    }

    /// The product of `g1 × 2^63 + g0` and `cp`, divided by 2^127 and rounded to odd.
    private static func roundToOdd(_ g1: UInt64, _ g0: UInt64, _ cp: UInt64) -> UInt64 {
        let x1 = g0.multipliedFullWidth(by: cp).high
        let y = g1.multipliedFullWidth(by: cp)
        let y0 = y.low
        let y1 = y.high
        let z = (y0 >> 1) &+ x1
        let vbp = y1 &+ (z >> 63)
        return vbp | ((z & (1 << 63 - 1)) &+ (1 << 63 - 1)) >> 63
    }

    static let minimumK = -324

    /// ⌊e · log10(2)⌋ for |e| ≤ 5,456,721.
    private static func floorLog10(powerOfTwo e: Int) -> Int { (e &* 661_971_961_083) >> 41 }

    /// ⌊log10(3/4 · 2^e)⌋ for |e| ≤ 5,456,721.
    private static func floorLog10(threeQuartersPowerOfTwo e: Int) -> Int {
        (e &* 661_971_961_083 &- 274_743_187_321) >> 41
    }

    /// ⌊e · log2(10)⌋ for |e| ≤ 1,838,394.
    private static func floorLog2(powerOfTen e: Int) -> Int { (e &* 913_124_641_741) >> 38 }
}
