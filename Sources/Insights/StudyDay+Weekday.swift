import Scheduling

extension StudyDay {
    /// 1 for Monday … 7 for Sunday (ISO 8601), from the day's date alone, so no locale is involved.
    public var weekday: Int {
        let number = Streak.dayNumber(label) ?? 0
        // 1970-01-01 was a Thursday (4).
        return ((number + 3) % 7 + 7) % 7 + 1
    }
}
