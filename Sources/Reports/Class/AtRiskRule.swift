import Foundation
import Insights
import Scheduling

/// When a student is flagged "at risk" in the class view. The thresholds are named here so the
/// README, the tests and the page all say the same thing.
public enum AtRiskRule {
    /// No review for this many days (counted to the moment the class report is made).
    public static let inactiveDays = 7
    /// True retention under this share…
    public static let lowRetention = 0.80
    /// …over at least this many reviews of graduated cards (fewer say too little).
    public static let minimumRetentionReviews = 20
    /// This many leeches or more.
    public static let manyLeeches = 5
    /// Predicted exam readiness under the pass mark (`ExamReadiness.passMark`, 70%) with fewer
    /// than this many days to the exam.
    public static let examDaysLeft = 14
    /// Predicted readiness down this much or more since the previous figure (the student's
    /// previous report, or their report's own figure a week before): 3 points is 3 questions
    /// of a 100-question exam, more than the day-to-day drift of a student who keeps up.
    public static let readinessFall = 0.03

    /// Whether a change of readiness is a fall worth flagging: `readinessFall` or more down (a
    /// hair of slack for rounding). The risk reasons and the class page's readiness table agree.
    static func isFalling(_ change: Double?) -> Bool {
        guard let change else { return false }
        return change <= -readinessFall + 1e-9
    }

    /// Why `student` is at risk at `now`; empty when they are not.
    public static func reasons(for student: ClassReport.StudentRow, now: Date) -> [String] {
        var reasons: [String] = []
        if let last = student.lastActive {
            let days = Int(now.timeIntervalSince(last) / 86_400)
            if days >= inactiveDays { reasons.append("inactive for \(days) days") }
        } else {
            reasons.append("has never reviewed")
        }
        if let retention = student.retention, student.retentionReviews >= minimumRetentionReviews,
            retention < lowRetention
        {
            reasons.append(
                "retention \(ReportNumbers.percent(retention)) (under \(ReportNumbers.percent(lowRetention)))"
            )
        }
        if student.leeches >= manyLeeches { reasons.append("\(student.leeches) leeches") }
        if let readiness = student.readiness, let date = readiness.date.flatMap(CivilDay.init),
            readiness.readiness < ExamReadiness.passMark
        {
            let days = date.ordinal - Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
            if days >= 0, days < examDaysLeft {
                reasons.append(
                    "predicted readiness \(ReportNumbers.percent(readiness.readiness)) with \(days) days to \(readiness.exam) "
                        + "(under the \(ReportNumbers.percent(ExamReadiness.passMark)) pass mark)")
            }
        }
        if let change = student.readinessChange, let readiness = student.readiness,
            let previous = student.previousReadiness, isFalling(change)
        {
            reasons.append(
                "predicted readiness falling: \(ReportNumbers.percent(previous.readiness)) on "
                    + "\(ReportJSON.timestamp(previous.at).prefix(10)) → \(ReportNumbers.percent(readiness.readiness)) "
                    + "(\(points(change)))")
        }
        return reasons
    }

    /// `−5 points`, `+1 point`, from a change in share.
    public static func points(_ change: Double) -> String {
        let value = Int((change * 100).rounded())
        let unit = value.magnitude == 1 ? "point" : "points"
        return value < 0 ? "−\(-value) \(unit)" : "+\(value) \(unit)"
    }
}
