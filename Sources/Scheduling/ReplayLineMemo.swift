/// What one thread writing replay's lines remembers from piece to piece: the numbers and the
/// due dates it wrote lately (a piece's `ReplayWriter` remembers only within the piece).
struct ReplayLineMemo: ~Copyable {
    /// By kind: retrievability, stability and difficulty.
    let numbers = PythonFloatMemo(kinds: 3)
    let dueDates = ISODateMemo()
}
