import Content
import Decks
import Foundation
import Progress
import Scheduling

/// Where the student stands for the exam: how many days are left, whether the new cards will
/// all be started in time, and the predicted readiness on the day (today, without a date).
public struct ExamOutlook: Sendable {
    /// The exam's name: the `exam-name` setting, else the blueprint's, else "the exam".
    public var name: String
    /// The exam mode's goal, while the exam is ahead.
    public var goal: ExamGoal?
    /// Study days from today to the exam's day.
    public var daysLeft: Int?
    /// The plan for new cards (exam mode only).
    public var intake: ExamIntake?
    public var readiness: ExamReadiness
    /// The moment readiness is predicted for.
    public var predictedFor: Date
    /// The forecast up to the exam with exam mode on, and its sums (exam mode only).
    public var forecast: [ForecastDay] = []
    public var workload: ExamWorkload?

    /// `nil` when there is neither an exam ahead nor a blueprint: nothing to say.
    public static func make(
        store: ProgressStore, catalog: CardCatalog, plan: StudyPlan, blueprint: Blueprint?, examName: String,
        now: Date
    ) throws(StoreError) -> ExamOutlook? {
        let goal = plan.exam.flatMap { $0.isAhead(of: now) ? $0 : nil }
        guard goal != nil || blueprint != nil else { return nil }
        let today = plan.calendar.studyDay(containing: now)
        let states = try store.cardStates()
        let studied = try store.studyCounts(in: today.start..<today.end)
        let day = goal?.day ?? now
        let cards = catalog.queueCards(states: states.values)
        let intake = plan.examIntake(cards: cards, studied: studied, now: now)
        var forecast: [ForecastDay] = []
        if goal != nil, let days = plan.daysToExam(from: now) {
            forecast = DueForecast.make(
                states: states, catalog: catalog, calendar: plan.calendar, now: now, days: days,
                exam: plan.examForecast(cards: cards, studied: studied, now: now))
        }
        return ExamOutlook(
            name: examName.isEmpty ? blueprint?.name ?? "the exam" : examName, goal: goal,
            daysLeft: goal.map { $0.date.ordinal - today.civilDay.ordinal }, intake: intake,
            readiness: ExamReadiness.make(
                catalog: catalog, states: states, blueprint: blueprint, scheduler: plan.scheduler, at: day),
            predictedFor: day, forecast: forecast,
            workload: goal.map { ExamWorkload(forecast: forecast, exam: $0) })
    }
}
