import Foundation

/// Why a study calendar was refused.
public enum StudyCalendarError: Error, Equatable, CustomStringConvertible {
    case startHourOutOfRange(Int)

    public var description: String {
        switch self {
        case .startHourOutOfRange(let hour):
            "the study day cannot start at hour \(hour); give an hour from 0 to 23 (4 means 4 a.m.)"
        }
    }
}

/// Where one study day ends and the next begins for a student: a local hour (default 4 a.m.,
/// so a late-night session still counts as the evening's) in the student's time zone.
///
/// Days follow the local clock across daylight-saving changes. If the start hour does not exist
/// on some day (clocks jump over it), that day starts at the first moment after the jump; if it
/// occurs twice (clocks fall back), at the first occurrence.
///
/// Study days begin on 1970-01-01 UTC (`earliestSupported`): the system calendar this works
/// with turns Julian before October 1582 (0001-01-01 would be named 0001-01-03), and the store
/// counts from 1970, so the app refuses a clock, `--since` day or report time before then
/// rather than name days wrongly. `scheduler replay` uses no calendar (proleptic Gregorian
/// arithmetic, as Python's `datetime`) and reads any year.
public struct StudyCalendar: Sendable, Equatable {
    public static let defaultStartHour = 4

    /// The first moment study days, reports and the store handle: 1970-01-01T00:00:00Z.
    public static let earliestSupported = Date(timeIntervalSince1970: 0)

    public let timeZone: TimeZone
    public let startHour: Int

    /// Days starting at the default hour, 4 a.m.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        startHour = Self.defaultStartHour
    }

    /// - Throws: `.startHourOutOfRange` unless `startHour` is 0...23.
    public init(timeZone: TimeZone, startHour: Int) throws(StudyCalendarError) {
        guard (0...23).contains(startHour) else { throw .startHourOutOfRange(startHour) }
        self.timeZone = timeZone
        self.startHour = startHour
    }

    /// The study day that `date` falls in.
    public func studyDay(containing date: Date) -> StudyDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let local = calendar.dateComponents([.year, .month, .day], from: date)
        var date0 = CivilDate(year: local.year ?? 1970, month: local.month ?? 1, day: local.day ?? 1)
        var start = self.start(of: date0, in: calendar)
        if date < start {
            date0 = date0.adding(days: -1)
            start = self.start(of: date0, in: calendar)
        }
        let end = self.start(of: date0.adding(days: 1), in: calendar)
        return StudyDay(start: start, end: end, year: date0.year, month: date0.month, day: date0.day)
    }

    /// The study day after `day`.
    public func studyDay(after day: StudyDay) -> StudyDay {
        studyDay(containing: day.end)
    }

    /// The moment the study day named `date` begins.
    private func start(of date: CivilDate, in calendar: Calendar) -> Date {
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: startHour, minute: 0, second: 0)
        if let start = calendar.date(from: components) { return start }
        // Not expected for a valid date; fall back to the zone's offset at UTC on that wall time.
        let wallClockAsUTC = date.secondsSince1970 + TimeInterval(startHour * 3_600)
        let guess = Date(timeIntervalSince1970: wallClockAsUTC)
        return guess.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: guess)))
    }

    /// A date on the calendar with no time or zone, for day arithmetic that no clock change touches.
    private struct CivilDate {
        let year: Int
        let month: Int
        let day: Int

        private static var utc: Calendar {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .gmt
            return calendar
        }

        var secondsSince1970: TimeInterval {
            Self.utc.date(from: DateComponents(year: year, month: month, day: day))?.timeIntervalSince1970
                ?? 0
        }

        func adding(days: Int) -> CivilDate {
            let moved = Date(timeIntervalSince1970: secondsSince1970 + TimeInterval(days * 86_400))
            let components = Self.utc.dateComponents([.year, .month, .day], from: moved)
            return CivilDate(
                year: components.year ?? year, month: components.month ?? month, day: components.day ?? day)
        }
    }
}
