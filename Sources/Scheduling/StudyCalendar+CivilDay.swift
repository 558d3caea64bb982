import Foundation

extension StudyCalendar {
    /// The study day named `day` (it begins at `startHour` on that date, local time).
    public func studyDay(on day: CivilDay) -> StudyDay {
        // Two hours after the start hour on that date (local time) lies inside the study day of
        // that name, a clock change included.
        let wallClock = Double(day.ordinal) * 86_400 + Double(startHour * 3_600 + 7_200)
        let guess = Date(timeIntervalSince1970: wallClock)
        return studyDay(containing: guess.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: guess))))
    }
}

extension StudyDay {
    /// The study day's name as a calendar date.
    public var civilDay: CivilDay { CivilDay(year: year, month: month, day: day) }
}
