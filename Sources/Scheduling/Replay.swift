/// Replays a review history through the FSRS scheduler: the library behind
/// `palpate scheduler replay FILE`.
///
/// - Parameters:
///   - csv: the file's text: a header naming `card_id`, `review_time` and `rating` (any order,
///     other columns ignored), then one review per row. Times are ISO-8601 with a zone; ratings
///     are 1–4 or Again/Hard/Good/Easy in any case.
///   - fileName: how problems name the file (`fileName:line: message`).
///   - options: the scheduler settings; fuzz runs only with a seed.
/// - Returns: one JSON object per review, in file order, each card's reviews applied in turn
///   starting from a new card: `card_id`, `review_time` (UTC), `rating`, `retrievability`
///   (before the review; `null` on a card's first), `state`, `step`, `stability`,
///   `difficulty`, `due` (UTC, whole seconds rounded down).
/// - Throws: `ReplayError.invalidOptions`, or `.invalidInput` listing every bad row; then there
///   is no output at all.
public func replay(csv: String, fileName: String, options: ReplayOptions) throws(ReplayError) -> [String] {
    let schedulerOptions: SchedulerOptions
    do {
        schedulerOptions = try options.schedulerOptions()
    } catch {
        throw .invalidOptions(error)
    }
    let reviews = try ReplayInput.reviews(csv: csv, fileName: fileName).get()
    let scheduler = FSRSScheduler(options: schedulerOptions)
    var random = SplitMix64(seed: options.fuzzSeed ?? 0)
    var cards: [String: CardSchedule] = [:]
    return reviews.map { review in
        let card = cards[review.cardID] ?? .new(due: review.time)
        let outcome = scheduler.review(card, rating: review.rating, at: review.time, random: &random)
        cards[review.cardID] = outcome.schedule
        return ReplayLine(review: review, outcome: outcome).json
    }
}
