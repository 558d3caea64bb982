import TextFormats

extension FSRSScheduler {
    /// The schedule a card has after `reviews` (oldest first), starting new: how a card is
    /// rescheduled when the parameters change. Fuzz, when on, draws from a generator seeded with
    /// the card's id, so the same card and history always land on the same day.
    ///
    /// - Returns: nil for no reviews.
    public func schedule(replaying reviews: [(time: Instant, rating: Rating)], cardID: String)
        -> CardSchedule?
    {
        guard let first = reviews.first else { return nil }
        var random = SplitMix64(seed: StableHash.of(cardID.utf8))
        var schedule = CardSchedule.new(due: first.time)
        for review in reviews {
            schedule = self.review(schedule, rating: review.rating, at: review.time, random: &random).schedule
        }
        return schedule
    }

    /// One review of a replay: applies `rating` at `time` to card `card`'s schedule in
    /// `schedules` (by card number; a card not seen yet, numbered next, starts new) and returns
    /// the outcome as replay keeps it until its line is written. The worker that schedules
    /// while the file is read and the scheduling after it both take this step.
    func replayReview(
        card: Int, rating: Rating, at time: Instant, schedules: inout [PackedSchedule],
        random: inout SplitMix64
    ) -> ReplayOutcome {
        if card >= schedules.count {
            schedules.append(contentsOf: repeatElement(.none, count: card + 1 - schedules.count))
        }
        let outcome = review(
            schedules[card].schedule ?? .new(due: time), rating: rating, at: time, random: &random)
        schedules[card] = PackedSchedule(outcome.schedule)
        return ReplayOutcome(outcome)
    }
}
