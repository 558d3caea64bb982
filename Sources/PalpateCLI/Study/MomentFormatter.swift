import Foundation
import Scheduling

/// "in 10 minutes", "today at 14:05", "tomorrow", "on 2026-03-02" — when something is due, as a
/// student thinks of it, in their time zone and study days.
struct MomentFormatter {
    var timeZone: TimeZone
    var calendar: StudyCalendar

    func describe(_ date: Date, relativeTo now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds <= 0 { return "now" }
        if seconds < 3_600 {
            let minutes = max(1, Int((seconds / 60).rounded()))
            return "in \(minutes) minute\(minutes == 1 ? "" : "s")"
        }
        let today = calendar.studyDay(containing: now)
        let day = calendar.studyDay(containing: date)
        if day == today { return "today at \(clockTime(date))" }
        if day == calendar.studyDay(after: today) { return "tomorrow" }
        let days = Int((day.start.timeIntervalSince(today.start) / 86_400).rounded())
        return days < 14 ? "in \(days) days (\(day.label))" : "on \(day.label)"
    }

    /// `2026-03-02 09:15` in the student's zone: for lists such as `palpate history`.
    func dateTime(_ date: Date) -> String {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            + clockTime(date)
    }

    private func clockTime(_ date: Date) -> String {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        let parts = gregorian.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
