/// Simulates the coming study days of one student: which cards come due, how the student answers
/// them, and how much they would then remember.
///
/// Each day, in the daily queue's order: learning and relearning steps due that day, then review
/// cards due that day least likely recalled first (up to the review limit; the rest wait for the
/// next day), then new cards up to the new-card limit. Every answer goes through `FSRSScheduler`
/// itself (learning steps, fuzz and all), at the day's session time or, for a step or a card due
/// later in the day, at its due time. Whether an answer is recalled is drawn from the card's
/// predicted recall; which rating follows, from a `RatingMix`. Pure: the same cards, setup and
/// seeded random source give the same result.
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
    public static func run(
        cards: [CardSchedule], newCards: Int, setup: SimulationSetup,
        memorisedOn: (Int) -> Bool = { _ in true }, random: inout some RandomSource
    ) -> SimulationResult {
        let days = max(0, setup.days)
        let scheduler = FSRSScheduler(options: setup.options)
        var schedules = cards
        schedules.reserveCapacity(cards.count + min(newCards, days * max(0, setup.limits.newCards)))
        var buckets = [[Int]](repeating: [], count: days)
        let perDay = Instant.microsecondsPerDay

        func dayIndex(_ due: Instant) -> Int {
            if due < setup.firstDayEnd { return 0 }
            let offset = (due.microsecondsSince1970 - setup.firstDayEnd.microsecondsSince1970) / perDay
            return offset >= Int64(days) ? days : Int(offset) + 1
        }
        for (index, card) in schedules.enumerated() {
            let day = dayIndex(card.dueInstant)
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
                var at = max(session, card.dueInstant)
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
                let next = max(dayIndex(card.dueInstant), day + 1)
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
            let newLimit = max(0, setup.limits.newCards - done.newCardsIntroduced)

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
        return SimulationResult(
            days: result, cards: cards.count + max(0, newCards), introduced: schedules.count)
    }
}
