/// Simulates the coming study days of one student: which cards come due, how the student answers
/// them, and how much they would then remember.
///
/// Each day, in the daily queue's order: learning and relearning steps due that day, then review
/// cards due that day least likely recalled first (up to the review limit; the rest wait for the
/// next day), then new cards up to the new-card limit. Every answer goes through `FSRSScheduler`
/// itself (learning steps, fuzz and all), at the day's session time or, for a step or a card due
/// later in the day, at its due time. Whether an answer is recalled is drawn from the card's
/// predicted recall; which rating follows, from a `RatingMix`. In exam mode (`setup.exam`), while
/// the exam is ahead, review cards come due as `FSRSScheduler.examDue` says and new cards come as
/// `ExamGoal.intake` plans, as in the daily queue. Pure: the same cards, setup and seeded random
/// source give the same result.
public enum WorkloadSimulator {
    /// Learning steps answered in one sitting, at most: Hard repeats a step, and a run of Hards
    /// must end somewhere.
    static let stepsPerSitting = 32

    /// - Parameters:
    ///   - cards: the schedules of cards already studied (suspended ones left out).
    ///   - newCards: cards never studied, introduced within the new-card limit. The curriculum
    ///     decides which card comes first; to the model every new card is alike, so a count is
    ///     enough.
    ///   - memorisedOn: the days (0-based) whose `memorised` figure is wanted: each costs a pass
    ///     over every card.
    ///   - random: draws recall, ratings and fuzz.
    ///   - figuresFor: the exam whose day's figures `SimulationResult.examDay` gives (with
    ///     `setup.exam` or without: the same day measured with exam mode off); `setup.exam`'s
    ///     goal when `nil`.
    public static func run(
        cards: [CardSchedule], newCards: Int, setup: SimulationSetup,
        memorisedOn: (Int) -> Bool = { _ in true }, figuresFor: ExamGoal? = nil,
        random: inout some RandomSource
    ) -> SimulationResult {
        let days = max(0, setup.days)
        let scheduler = FSRSScheduler(options: setup.options)
        var schedules = cards
        schedules.reserveCapacity(cards.count + min(newCards, days * max(0, setup.limits.newCards)))
        var buckets = [[Int]](repeating: [], count: days)
        let perDay = Instant.microsecondsPerDay

        let exam = setup.exam
        // Exam mode moves a review card's due while the card is answered before the exam.
        func due(_ card: CardSchedule, answeredAt: Instant) -> Instant {
            guard let exam, answeredAt.date < exam.goal.day else { return card.dueInstant }
            return Instant(scheduler.examDue(of: card, goal: exam.goal))
        }

        func dayIndex(_ due: Instant) -> Int {
            if due < setup.firstDayEnd { return 0 }
            let offset = (due.microsecondsSince1970 - setup.firstDayEnd.microsecondsSince1970) / perDay
            return offset >= Int64(days) ? days : Int(offset) + 1
        }
        for (index, card) in schedules.enumerated() {
            let day = dayIndex(due(card, answeredAt: setup.start))
            if day < days { buckets[day].append(index) }
        }

        var remainingNew = max(0, newCards)
        var result: [SimulatedDay] = []
        result.reserveCapacity(days)
        for day in 0..<days {
            var figures = SimulatedDay()
            let session = setup.start.adding(days: day)
            let end = setup.firstDayEnd.adding(days: day)

            func answer(_ index: Int) {
                var card = schedules[index]
                // A review exam mode brought forward is answered in the session, not on its FSRS due.
                var at = max(session, due(card, answeredAt: session))
                for sitting in 0..<stepsPerSitting {
                    let rating: Rating
                    if card.isNew {
                        rating = setup.ratings.firstRating(random.nextDouble())
                    } else {
                        let recall = scheduler.retrievability(of: card, at: at)
                        rating =
                            random.nextDouble() < recall
                            ? setup.ratings.recalledRating(random.nextDouble()) : .again
                    }
                    figures.answers += 1
                    if card.phase == .review && sitting == 0 { figures.reviews += 1 }
                    card = scheduler.review(card, rating: rating, at: at, random: &random).schedule
                    if card.phase == .review || card.dueInstant >= end { break }
                    at = card.dueInstant
                }
                schedules[index] = card
                let next = max(dayIndex(due(card, answeredAt: at)), day + 1)
                if next < days { buckets[next].append(index) }
            }

            let due = buckets[day]
            buckets[day] = []
            var steps: [Int] = []
            var reviews: [(index: Int, recall: Double)] = []
            for index in due {
                if schedules[index].phase == .review {
                    reviews.append((index, scheduler.retrievability(of: schedules[index], at: session)))
                } else {
                    steps.append(index)
                }
            }
            steps.sort { (schedules[$0].dueInstant, $0) < (schedules[$1].dueInstant, $1) }
            reviews.sort { ($0.recall, $0.index) < ($1.recall, $1.index) }
            let done = day == 0 ? setup.doneToday : DailyCounts()
            let reviewLimit = max(0, setup.limits.reviews - done.reviewsDone)
            var newLimit = max(0, setup.limits.newCards - done.newCardsIntroduced)
            if let exam, session.date < exam.goal.day {
                let intake = exam.goal.intake(
                    newCards: remainingNew + done.newCardsIntroduced, today: exam.firstDay.adding(days: day),
                    ceiling: setup.limits.newCards)
                newLimit = max(0, intake.perDay - done.newCardsIntroduced)
            }

            for index in steps { answer(index) }
            for (position, review) in reviews.enumerated() {
                if position < reviewLimit {
                    answer(review.index)
                } else {
                    figures.heldBack += 1
                    if day + 1 < days { buckets[day + 1].append(review.index) }
                }
            }
            let introduce = min(remainingNew, newLimit)
            for _ in 0..<introduce {
                schedules.append(.new(due: session))
                answer(schedules.count - 1)
            }
            remainingNew -= introduce
            figures.newCards = introduce
            figures.minutes = Double(figures.answers) * setup.secondsPerAnswer / 60
            if memorisedOn(day) {
                figures.memorised = schedules.reduce(0) { $0 + scheduler.retrievability(of: $1, at: end) }
            }
            result.append(figures)
        }
        var outcome = SimulationResult(
            days: result, cards: cards.count + max(0, newCards), introduced: schedules.count)
        if let goal = figuresFor ?? exam?.goal {
            var figures = ExamDayFigures(
                cards: outcome.cards, expectedRecalled: 0, atTarget: 0, stillNew: max(0, remainingNew))
            for card in schedules where !card.isNew {
                let recall = scheduler.retrievability(of: card, at: goal.day)
                figures.expectedRecalled += recall
                if recall >= goal.target { figures.atTarget += 1 }
            }
            outcome.examDay = figures
        }
        return outcome
    }
}
