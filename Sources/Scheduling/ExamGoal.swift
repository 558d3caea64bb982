import Foundation

/// Exam mode: a day the student must be ready by, and the recall aimed at on that day.
///
/// One more input to the queue, not a change to FSRS: the scheduler computes the next review as
/// always, and `FSRSScheduler.examDue(of:goal:)` and `intake(newCards:today:ceiling:)` say how
/// the exam moves a due date and how many new cards to take on. From the exam's day on they
/// change nothing, so the normal schedule resumes.
public struct ExamGoal: Sendable, Equatable {
    public static let defaultTarget = 0.9
    /// Every card in scope is introduced this many days before the exam, so each has had a few
    /// reviews by the day.
    public static let defaultLeadDays = 7

    /// The furthest ahead an exam may be planned: 10 years. A typo (2062 for 2026) planned for
    /// decades ahead gave thousands of weekly bars and a plan nothing else would simulate.
    public static let furthestDaysAhead = 3_650

    /// Why `date` cannot be an exam's day seen from `today` ("today", "in the past", "more than
    /// 10 years ahead"); nil when it can.
    public static func refusal(of date: CivilDay, today: CivilDay) -> String? {
        if date == today { return "today" }
        if date < today { return "in the past" }
        if date.ordinal - today.ordinal > furthestDaysAhead { return "more than 10 years ahead" }
        return nil
    }

    /// The moment the exam's study day begins.
    public var day: Date
    /// The exam's day, for messages.
    public var date: CivilDay
    /// The probability of recall aimed at on the exam's day.
    public var target: Double
    public var leadDays: Int

    public init(day: Date, date: CivilDay, target: Double = defaultTarget, leadDays: Int = defaultLeadDays) {
        self.day = day
        self.date = date
        self.target = target
        self.leadDays = leadDays
    }

    /// Whether the exam is still ahead at `now`.
    public func isAhead(of now: Date) -> Bool { now < day }
}

/// How many new cards to take on per day so that every card in scope is introduced by the
/// deadline (the exam day less the lead), and how far short the ceiling falls when it cannot.
public struct ExamIntake: Sendable, Equatable {
    /// New cards to introduce today.
    public var perDay: Int
    /// The last day new cards are planned on (the day before the deadline); today when the
    /// exam is closer than the lead (never a day gone).
    public var deadline: CivilDay
    /// Whether the exam is closer than the lead: every card left is planned for today.
    public var isWithinLead: Bool
    /// Study days left before the deadline, today included (at least 1).
    public var daysLeft: Int
    /// Cards that will still be new on the deadline at `perDay` a day; 0 when the plan makes it.
    public var stillNew: Int
    /// The daily intake that would make it.
    public var needed: Int
}

extension ExamGoal {
    /// Plans the intake of new cards: the cards new at the start of today spread evenly over the
    /// days left before the deadline (`leadDays` before the exam), at most `ceiling` a day.
    ///
    /// - Parameters:
    ///   - newCards: cards in scope not introduced before today (those introduced today included).
    ///   - today: the current study day.
    ///   - ceiling: the student's `new-per-day`.
    public func intake(newCards: Int, today: CivilDay, ceiling: Int) -> ExamIntake {
        let planned = date.adding(days: -leadDays)
        // An exam under a week away has its deadline gone: the cards left are for today, and the
        // deadline said is today, not a day already past.
        let deadline = max(planned, today)
        let daysLeft = max(1, deadline.ordinal - today.ordinal)
        let needed = (newCards + daysLeft - 1) / daysLeft
        let perDay = min(needed, max(0, ceiling))
        return ExamIntake(
            perDay: perDay, deadline: deadline, isWithinLead: planned <= today, daysLeft: daysLeft,
            stillNew: max(0, newCards - perDay * daysLeft), needed: needed)
    }
}

extension FSRSScheduler {
    /// When a review-phase card should come due with the exam ahead.
    ///
    /// A card reviewed before the exam anyway (due before the exam's day), or whose predicted
    /// recall on the day is at least the target, keeps its FSRS due. Any other is brought forward
    /// to the latest day its recall is still at the target (FSRS's own forgetting curve with the
    /// target as the retention), and never later than the day before the exam: each review then
    /// happens while the card is still known at the target, and the last one before the exam
    /// leaves it above the target on the day.
    public func examDue(of card: CardSchedule, goal: ExamGoal) -> Date {
        guard card.phase == .review, card.due >= goal.day, let last = card.lastReview,
            let stability = card.stability
        else { return card.due }
        let daysToExam = Instant(goal.day).days(since: Instant(last))
        guard model.retrievability(elapsedDays: daysToExam, stability: stability) < goal.target else {
            return card.due
        }
        let days = max(1, Int(model.unroundedInterval(stability: stability, desiredRetention: goal.target)))
        let atTarget = last.addingTimeInterval(Double(days) * 86_400)
        return min(card.due, atTarget, goal.day.addingTimeInterval(-86_400))
    }

    /// The predicted probability of recall of a studied card at `date`, as `retrievability`;
    /// `nil` for a card never reviewed.
    public func predictedRecall(of card: CardSchedule, at date: Date) -> Double? {
        card.isNew ? nil : retrievability(of: card, at: date)
    }
}
