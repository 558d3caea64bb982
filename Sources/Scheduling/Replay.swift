import TextFormats

/// Replays a review history through the FSRS scheduler: the library behind
/// `palpate scheduler replay FILE`.
///
/// The whole input is checked before the first line is written, so a file with a bad row
/// writes nothing; the output is then handed over in pieces of about `chunkSize` bytes, each
/// ending at a line end, so a million reviews never sit in memory as text.
///
/// - Parameters:
///   - csv: the file's bytes (UTF-8; invalid sequences read as U+FFFD): a header naming
///     `card_id`, `review_time` and `rating` (any order, other columns ignored), then one review
///     per row. Times are ISO-8601 with a zone; ratings are 1–4 or Again/Hard/Good/Easy in any
///     case.
///   - fileName: how problems name the file (`fileName:line: message`).
///   - options: the scheduler settings; fuzz runs only with a seed.
///   - chunkSize: about how many bytes each call of `write` receives.
///   - write: receives the output: one JSON object per review and line, in file order, each
///     card's reviews applied in turn starting from a new card: `card_id`, `review_time` (UTC),
///     `rating`, `retrievability` (before the review; `null` on a card's first), `state`,
///     `step`, `stability`, `difficulty`, `due` (UTC, whole seconds rounded down).
/// - Throws: `ReplayError.invalidOptions`, or `.invalidInput` listing every bad row; then
///   `write` is never called.
public func replay(
    csv: [UInt8], fileName: String, options: ReplayOptions, chunkSize: Int = 1 << 20,
    write: (String) -> Void
) throws(ReplayError) {
    let schedulerOptions: SchedulerOptions
    do {
        schedulerOptions = try options.schedulerOptions()
    } catch {
        throw .invalidOptions(error)
    }
    let history = try ReplayInput.history(csv: csv, fileName: fileName).get()
    let quotedCardIDs = history.cardIDs.map { Array(JSONValue.quoted($0).utf8) }
    let scheduler = FSRSScheduler(options: schedulerOptions)
    var random = SplitMix64(seed: options.fuzzSeed ?? 0)
    var cards = [CardSchedule?](repeating: nil, count: history.cardIDs.count)
    var chunk: [UInt8] = []
    chunk.reserveCapacity(chunkSize + 512)
    for review in history.reviews {
        let card = Int(review.card)
        let outcome = scheduler.review(
            cards[card] ?? .new(due: review.time), rating: review.rating, at: review.time, random: &random)
        cards[card] = outcome.schedule
        let line = ReplayLine(
            quotedCardID: quotedCardIDs[card], time: review.time, rating: review.rating, outcome: outcome)
        line.write(to: &chunk)
        chunk.append(UInt8(ascii: "\n"))
        if chunk.count >= chunkSize {
            write(String(decoding: chunk, as: UTF8.self))
            chunk.removeAll(keepingCapacity: true)
        }
    }
    if !chunk.isEmpty { write(String(decoding: chunk, as: UTF8.self)) }
}

/// `replay(csv:fileName:options:chunkSize:write:)` on a text, returning the output lines (without
/// line ends): for tests and small histories.
public func replay(csv: String, fileName: String, options: ReplayOptions) throws(ReplayError) -> [String] {
    var lines: [String] = []
    try replay(csv: Array(csv.utf8), fileName: fileName, options: options) { chunk in
        lines += chunk.split(separator: "\n").map(String.init)
    }
    return lines
}
