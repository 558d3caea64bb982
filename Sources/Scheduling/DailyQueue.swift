import Foundation

/// How many cards a student takes on per study day.
public struct DailyLimits: Sendable, Equatable {
    /// New cards introduced per day.
    public var newCards: Int
    /// Review-phase cards per day. Learning and relearning cards are never held back: once
    /// started they must come back on their steps.
    public var reviews: Int

    public init(newCards: Int = 20, reviews: Int = 200) {
        self.newCards = newCards
        self.reviews = reviews
    }
}

/// What the student has already done in the current study day.
public struct DailyCounts: Sendable, Equatable {
    public var newCardsIntroduced: Int
    /// Review-phase cards reviewed (learning steps not counted).
    public var reviewsDone: Int

    public init(newCardsIntroduced: Int = 0, reviewsDone: Int = 0) {
        self.newCardsIntroduced = newCardsIntroduced
        self.reviewsDone = reviewsDone
    }
}

/// What to do next in a session.
public enum QueueNext: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A learning or relearning step is due.
        case learningDue
        /// A review card is due today.
        case reviewDue
        /// A new card, next in its deck's curriculum.
        case new
        /// Nothing else is due; this learning step is due within the learn-ahead limit.
        case learningAhead
    }

    /// Show this card now.
    case show(QueueCard, Reason)
    /// Nothing to show now; the next card becomes available at this moment (perhaps tomorrow).
    case nothingUntil(Date)
    /// No card can ever come: there are none, or all are suspended.
    case nothingScheduled
}

/// Today's queue at one moment: the cards to show now, in order, and what comes after.
///
/// Built afresh whenever the session needs the next card, from the cards as they stand (a card
/// just answered carries its new schedule), so learning steps come back within the session
/// when they fall due. Pure: the clock, the study day and the limits are all parameters.
///
/// The caller passes only cards whose questions still exist in their decks: a removed question's
/// stored schedule must be left out (and may be kept for when the question returns).
public struct DailyQueue: Sendable, Equatable {
    public static let defaultLearnAhead: TimeInterval = 20 * 60

    /// Learning and relearning cards due now, earliest first.
    public let learning: [QueueCard]
    /// Review cards due before the study day ends, least likely recalled (lowest retrievability
    /// now) first, up to what is left of the review limit.
    public let reviews: [QueueCard]
    /// New cards up to what is left of the new-card limit, each deck in its curriculum order,
    /// taking turns between decks in curriculum order (see `interleave`).
    public let newCards: [QueueCard]
    /// Learning cards due after now but within the learn-ahead limit, earliest first; shown
    /// early only when nothing else is left.
    public let learningAhead: [QueueCard]
    /// When the next card becomes available if none of the above is left; `nil` when none will.
    public let nextAvailable: Date?

    /// - Parameters:
    ///   - cards: every card that could be studied; suspended and buried ones are left out here.
    ///   - done: what was already done in the current study day.
    ///   - now: the moment the queue is for.
    ///   - calendar: where study days begin, for "due today" and for limits resetting tomorrow.
    ///   - scheduler: ranks reviews by retrievability with its parameters.
    ///   - learnAhead: how far ahead a learning step may come early when nothing else is due.
    ///   - exam: exam mode: reviews come due as `FSRSScheduler.examDue` says until the exam's day.
    public init(
        cards: [QueueCard], done: DailyCounts, limits: DailyLimits = DailyLimits(), now: Date,
        calendar: StudyCalendar, scheduler: FSRSScheduler,
        learnAhead: TimeInterval = DailyQueue.defaultLearnAhead, exam: ExamGoal? = nil
    ) {
        let exam = exam.flatMap { $0.isAhead(of: now) ? $0 : nil }
        let today = calendar.studyDay(containing: now)
        var learning: [QueueCard] = []
        var ahead: [QueueCard] = []
        var dueReviews: [(card: QueueCard, retrievability: Double)] = []
        var newCards: [QueueCard] = []
        var introduced = 0
        // One pass, no filtered copies: at 50,000 cards, copying them twice was a third of the time.
        for card in cards {
            if !card.isNew { introduced += 1 }
            guard !card.isSuspended, card.buriedUntil.map({ $0 <= now }) ?? true else { continue }
            guard let schedule = card.schedule, !card.isNew else {
                newCards.append(card)
                continue
            }
            switch schedule.phase {
            case .learning, .relearning:
                if schedule.due <= now {
                    learning.append(card)
                } else if schedule.due <= now.addingTimeInterval(learnAhead) {
                    ahead.append(card)
                }
            case .review:
                if (exam.map { scheduler.examDue(of: schedule, goal: $0) } ?? schedule.due) < today.end {
                    dueReviews.append((card, scheduler.retrievability(of: schedule, at: now)))
                }
            }
        }
        self.learning = learning.sorted { (Self.dueKey($0), $0.id) < (Self.dueKey($1), $1.id) }
        learningAhead = ahead.sorted { (Self.dueKey($0), $0.id) < (Self.dueKey($1), $1.id) }
        let reviewsLeft = max(0, limits.reviews - done.reviewsDone)
        reviews = dueReviews.sorted { a, b in
            (a.retrievability, Self.dueKey(a.card), a.card.id) < (
                b.retrievability, Self.dueKey(b.card), b.card.id
            )
        }.prefix(reviewsLeft).map(\.card)
        let newLeft = max(0, limits.newCards - done.newCardsIntroduced)
        self.newCards = Self.interleave(newCards, limit: newLeft, introducedSoFar: introduced)

        nextAvailable = Self.nextAvailable(
            among: cards, now: now, today: today, calendar: calendar,
            reviewLimitReached: reviewsLeft == 0, newLimitReached: newLeft == 0)
    }

    /// The cards to show now, in order: learning steps, reviews, new cards.
    public var dueNow: [QueueCard] { learning + reviews + newCards }

    /// What the session should do now.
    public var next: QueueNext {
        if let card = learning.first { return .show(card, .learningDue) }
        if let card = reviews.first { return .show(card, .reviewDue) }
        if let card = newCards.first { return .show(card, .new) }
        if let card = learningAhead.first { return .show(card, .learningAhead) }
        return nextAvailable.map(QueueNext.nothingUntil) ?? .nothingScheduled
    }

    /// What the session should do now when some cards are held back for later in the session
    /// (an undone answer's card): any other card first, a held-back one only when nothing else is
    /// left, so it still comes back before the session ends.
    public func next(holdingBack held: Set<String>) -> QueueNext {
        guard !held.isEmpty else { return next }
        let candidates: [(cards: [QueueCard], reason: QueueNext.Reason)] = [
            (learning, .learningDue), (reviews, .reviewDue), (newCards, .new),
            (learningAhead, .learningAhead),
        ]
        for (cards, reason) in candidates {
            if let card = cards.first(where: { !held.contains($0.id) }) { return .show(card, reason) }
        }
        return next
    }

    private static func dueKey(_ card: QueueCard) -> Int64 {
        card.schedule?.dueInstant.microsecondsSince1970 ?? .min
    }

    /// Round-robin across decks in curriculum order (`deckOrder`, then id), each deck in its
    /// curriculum order, up to `limit`.
    ///
    /// The queue is rebuilt after every answer and every day, so the turn cannot be remembered
    /// between builds; it is worked out from the cards instead: the first turn goes to the deck
    /// at position `introducedSoFar` (cards already studied) among the decks with new cards. Each
    /// new card studied moves the turn on by one deck, so a fresh store starts with the first deck
    /// of the curriculum and every deck gets its turn, within a session and across days.
    static func interleave(_ cards: [QueueCard], limit: Int, introducedSoFar: Int = 0) -> [QueueCard] {
        guard limit > 0, !cards.isEmpty else { return [] }
        let decks = Dictionary(grouping: cards, by: \.deckID).values.map { deck in
            deck.sorted { ($0.curriculumOrder, $0.id) < ($1.curriculumOrder, $1.id) }
        }.sorted { ($0[0].deckOrder, $0[0].deckID) < ($1[0].deckOrder, $1[0].deckID) }
        let start = introducedSoFar % decks.count
        let turns = decks[start...] + decks[..<start]
        var result: [QueueCard] = []
        var round = 0
        while result.count < limit {
            var tookAny = false
            for deck in turns where result.count < limit && round < deck.count {
                result.append(deck[round])
                tookAny = true
            }
            if !tookAny { break }
            round += 1
        }
        return result
    }

    /// The earliest moment a card not available now becomes available: a learning step falling
    /// due, a review's study day beginning, a burial ending, or tomorrow's limits.
    /// Suspended cards never become available and are skipped.
    ///
    /// A review due after today becomes available when its study day begins, and study days
    /// begin in the order of the moments they contain: so only the earliest such due date needs
    /// the calendar (a Foundation call per card was most of the queue's time at 50,000 cards).
    /// Buried ones, few, are worked out one by one.
    private static func nextAvailable(
        among cards: [QueueCard], now: Date, today: StudyDay, calendar: StudyCalendar,
        reviewLimitReached: Bool,
        newLimitReached: Bool
    ) -> Date? {
        var earliest: Date?
        func consider(_ from: Date) {
            if from > now, earliest.map({ from < $0 }) ?? true { earliest = from }
        }
        var earliestLaterReview: Date?
        for card in cards where !card.isSuspended {
            var from: Date
            if let schedule = card.schedule, !card.isNew {
                switch schedule.phase {
                case .learning, .relearning:
                    from = schedule.due
                case .review:
                    if schedule.due < today.end {
                        // Due today or before: its study day began by now (today.start <= now).
                        from = reviewLimitReached ? today.end : today.start
                    } else if card.buriedUntil == nil {
                        if earliestLaterReview.map({ schedule.due < $0 }) ?? true {
                            earliestLaterReview = schedule.due
                        }
                        continue
                    } else {
                        from = calendar.studyDay(containing: schedule.due).start
                    }
                }
            } else {
                from = newLimitReached ? today.end : now
            }
            if let buried = card.buriedUntil, buried > from { from = buried }
            consider(from)
        }
        if let earliestLaterReview { consider(calendar.studyDay(containing: earliestLaterReview).start) }
        return earliest
    }
}
