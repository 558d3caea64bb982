import Decks
import Foundation
import Progress
import Scheduling

/// The readiness as it stood at the end of each of the last weeks, so a report shows whether it
/// is rising or falling without the instructor keeping last week's files.
///
/// Each past point is predicted from the card states of that moment (each card as it was before
/// its first review since, read from the review log) for the same day as today's figure: the
/// exam's day, or the moment itself without an exam ahead. What the log does not record (a card
/// suspended or started over) counts as it stands now.
public enum ReadinessHistory {
    /// Weekly points before now, oldest first.
    public static let weeks = 4

    public struct Point: Sendable, Equatable {
        public var at: Date
        public var readiness: Double

        public init(at: Date, readiness: Double) {
            self.at = at
            self.readiness = readiness
        }
    }

    /// The readiness 4, 3, 2 and 1 weeks before `now`, oldest first, from the first week in
    /// which something had been studied: before that it was only the guessing rate, and a change
    /// "since" it measured from before the student began.
    ///
    /// - Parameter outlook: today's outlook, whose exam day the past points are predicted for.
    public static func make(
        store: ProgressStore, catalog: CardCatalog, plan: StudyPlan, blueprint: Blueprint?,
        outlook: ExamOutlook,
        now: Date
    ) throws(StoreError) -> [Point] {
        let moments = (1...weeks).reversed().map { now.addingTimeInterval(-Double($0) * 7 * 86_400) }
        let current = try store.cardStates()
        // Each card's reviews since the oldest point, oldest first: (when, the state before it).
        var changes: [String: [(at: Date, before: CardState?)]] = [:]
        let cursor = try store.reviews(in: moments[0]..<now)
        while let review = try cursor.next() {
            changes[review.cardID, default: []].append((review.reviewedAt, review.before))
        }
        return moments.compactMap { moment in
            var states = current
            for (card, reviews) in changes {
                guard let first = reviews.first(where: { $0.at >= moment }) else { continue }
                states[card] = first.before
            }
            let day = outlook.goal.map { $0.isAhead(of: moment) ? $0.day : moment } ?? moment
            let readiness = ExamReadiness.make(
                catalog: catalog, states: states, blueprint: blueprint, scheduler: plan.scheduler, at: day)
            return readiness.studied == 0 ? nil : Point(at: moment, readiness: readiness.predicted)
        }
    }
}
