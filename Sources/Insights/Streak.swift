import Foundation
import Scheduling

/// Days studied in a row, the figure a student keeps alive.
public struct Streak: Sendable, Equatable {
    /// Consecutive study days with reviews, ending today — or yesterday, since today's streak is not
    /// lost until the day ends.
    public let current: Int
    public let longest: Int
    public let studiedToday: Bool

    public init(current: Int, longest: Int, studiedToday: Bool) {
        self.current = current
        self.longest = longest
        self.studiedToday = studiedToday
    }

    /// - Parameter activeDays: labels (`YYYY-MM-DD`) of the study days with at least one review.
    public static func make(activeDays: Set<String>, today: StudyDay) -> Streak {
        let numbers = Set(activeDays.compactMap(dayNumber))
        guard let todayNumber = dayNumber(today.label) else {
            return Streak(current: 0, longest: 0, studiedToday: false)
        }
        let studiedToday = numbers.contains(todayNumber)
        var current = 0
        var day = studiedToday ? todayNumber : todayNumber - 1
        while numbers.contains(day) {
            current += 1
            day -= 1
        }
        var longest = 0
        for start in numbers where !numbers.contains(start - 1) {
            var length = 1
            while numbers.contains(start + length) { length += 1 }
            longest = max(longest, length)
        }
        return Streak(current: current, longest: longest, studiedToday: studiedToday)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` label, so consecutive days differ by one whatever
    /// the month lengths; `nil` for anything else.
    static func dayNumber(_ label: String) -> Int? { CivilDay(label)?.ordinal }
}
