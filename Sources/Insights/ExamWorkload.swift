import Foundation
import Scheduling

/// The work between today and the exam, summed from the exam-mode forecast, so the dashboard
/// can say what is coming before it is felt.
public struct ExamWorkload: Sendable, Equatable {
    /// Study days counted: today up to the day before the exam.
    public var days: Int
    /// Reviews due in those days (each card once, on its next due).
    public var reviews: Int
    /// Of them, reviews exam mode brought forward from after the exam.
    public var broughtForward: Int
    /// New cards the intake plans in those days.
    public var newCards: Int
    /// The day with the most cards to answer, and how many; `nil` when nothing is due.
    public var busiest: ForecastDay?

    /// Sums the forecast's days before `exam`'s day.
    public init(forecast: [ForecastDay], exam: ExamGoal) {
        let before = forecast.filter { $0.day.start < exam.day }
        days = before.count
        reviews = before.reduce(0) { $0 + $1.due }
        broughtForward = before.reduce(0) { $0 + $1.broughtForward }
        newCards = before.reduce(0) { $0 + $1.newCards }
        busiest = before.filter { $0.total > 0 }.max { ($0.total, $1.day.start) < ($1.total, $0.day.start) }
    }
}
