/// The texts of numbers `PythonFloat` wrote lately, so that a number met again is copied rather
/// than worked out: for one thread writing replay's lines.
///
/// Replay's numbers repeat: every card's first review has one of four stabilities and
/// difficulties, a review on the day of the last has retrievability 1, difficulties pile up at
/// their floor. In a replay of 100,000 reviews, 80,000 of the 295,000 numbers were found here;
/// finding one costs a few instructions, working it out (`ShortestDecimal` and the layout) about
/// 25 ns.
///
/// Each kind of number (replay's three: retrievability, stability, difficulty) has its own
/// table of `slotsPerKind` slots, one per hash of the number's bits, the last number to land
/// there kept: 32 KB a kind, where a shared table let one kind push out another's.
struct PythonFloatMemo: ~Copyable {
    /// One number and its text, in 32 bytes: the text's 23 bytes at most (the longest `repr` of
    /// a positive double, e.g. `2.2250738585072014e-308`) and its length in the last byte.
    struct Entry {
        /// The number's bits; 0 (the number zero, which never comes here) when empty.
        var bits: UInt64
        var text: (UInt64, UInt64, UInt64)
    }

    static let slotsPerKind = 1 << 10
    private static let slotShift = UInt64(64 - slotsPerKind.trailingZeroBitCount)
    private let entries: UnsafeMutablePointer<Entry>

    /// A table for each of `kinds` kinds of number a caller tells apart.
    init(kinds: Int) {
        entries = .allocate(capacity: kinds * Self.slotsPerKind)
        entries.initialize(repeating: Entry(bits: 0, text: (0, 0, 0)), count: kinds * Self.slotsPerKind)
    }

    deinit {
        entries.deallocate()
    }

    /// Writes `value`, a positive normal number (`PythonFloat.write` sends the others on), of
    /// kind `kind` (below the `kinds` it was made with) as `repr` does: from the table when it
    /// is there, and keeps it there otherwise.
    @inline(__always)
    func write(_ value: Double, kind: Int, to writer: inout ReplayWriter) {
        let bits = value.bitPattern
        // The high bits of a multiplication by 2^64 / φ: every bit of the number reaches them.
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) &>> Self.slotShift)
        let entry = entries + (kind &* Self.slotsPerKind &+ slot)
        if entry.pointee.bits == bits {
            let text = entry.pointee.text
            writer.put(scribblingOn: 24) { out in
                out.storeBytes(of: text, as: (UInt64, UInt64, UInt64).self)
                return Int(truncatingIfNeeded: UInt64(littleEndian: text.2) &>> 56)
            }
            return
        }
        writer.put(scribblingOn: PythonFloat.scribbledBytes) { out in
            let (length, words) = PythonFloat.layOutKeepingWords(ShortestDecimal(value), at: out)
            // Kept as the bytes read in memory (the 24th byte, past the text, holds its length):
            // the words as made, or else (a rare shape) read back.
            let text =
                words.map { ($0.0.littleEndian, $0.1.littleEndian, $0.2.littleEndian) }
                ?? out.loadUnaligned(as: (UInt64, UInt64, UInt64).self)
            let last =
                UInt64(littleEndian: text.2) & (1 << 56 - 1) | UInt64(truncatingIfNeeded: length) &<< 56
            entry.pointee = Entry(bits: bits, text: (text.0, text.1, last.littleEndian))
            return length
        }
    }
}
