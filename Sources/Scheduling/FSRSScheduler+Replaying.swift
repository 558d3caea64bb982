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
}
