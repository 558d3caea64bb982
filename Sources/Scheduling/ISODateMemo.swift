/// The `YYYY-MM-DD` texts of dates `ISOTimestamp` wrote lately, by day number: for one thread
/// writing replay's due dates.
///
/// A review's time mostly falls on the day of the line before, which the writer remembers; its
/// due date mostly does not (one line in fifteen in a replay of 100,000 reviews), but the due
/// dates of a history are a few hundred days (365 there). Working a date out from its day
/// number and making its digits cost about 100 instructions; finding it here, a few.
struct ISODateMemo: ~Copyable {
    /// A day number and its date's text: `YYYY-MM-` in a word (first byte lowest) and `DD`.
    struct Entry {
        /// `Int64.min` when empty.
        var day: Int64
        var date: ReplayWriter.DateText
    }

    static let slots = 1 << 9
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.slots)
        entries.initialize(repeating: Entry(day: .min, date: (0, 0)), count: Self.slots)
    }

    deinit {
        entries.deallocate()
    }

    /// The text of day `day` (days since 1970), if the table has it.
    @inline(__always)
    func date(ofDay day: Int64) -> ReplayWriter.DateText? {
        let entry = entries + slot(ofDay: day)
        return entry.pointee.day == day ? entry.pointee.date : nil
    }

    /// Keeps `date` as the text of day `day`, in place of the day that shared its slot.
    func remember(_ date: ReplayWriter.DateText, ofDay day: Int64) {
        entries[slot(ofDay: day)] = Entry(day: day, date: date)
    }

    /// Consecutive days take consecutive slots.
    private func slot(ofDay day: Int64) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: day) & UInt64(Self.slots - 1))
    }
}
