import TextFormats

/// Replays a review history through the FSRS scheduler: the library behind
/// `palpate scheduler replay FILE`.
///
/// The whole input is checked before the first line is written, so a file with a bad row
/// writes nothing; the output is then handed over `linesPerWrite` lines at a time, so a million
/// reviews never sit in memory as text.
///
/// - Parameters:
///   - csv: the file's bytes (UTF-8; invalid sequences read as U+FFFD): a header naming
///     `card_id`, `review_time` and `rating` (any order, other columns ignored), then one review
///     per row. Times are ISO-8601 with a zone; ratings are 1–4 or Again/Hard/Good/Easy in any
///     case.
///   - fileName: how problems name the file (`fileName:line: message`).
///   - options: the scheduler settings; fuzz runs only with a seed.
///   - linesPerWrite: how many lines each call of `write` receives (the last call may have
///     fewer).
///   - warn: receives each warning, before any output: a card's review earlier than one above
///     it in the file (`file:line: warning: …`), the first 100 spelt out and the rest counted.
///   - write: receives the output as UTF-8 bytes, valid only during the call (the space is
///     used again for later lines), in order: one JSON object per review and line (each ending
///     in a line feed), in file order, each card's reviews applied in turn starting from a new
///     card: `card_id`, `review_time` (UTC), `rating`, `retrievability` (before the review;
///     `null` on a card's first), `state`, `step`, `stability`, `difficulty`, `due` (UTC, whole
///     seconds rounded down).
/// - Throws: `ReplayError.invalidOptions`, or `.invalidInput` listing every bad row; then
///   `write` is never called.
public func replay(
    csv: [UInt8], fileName: String, options: ReplayOptions, linesPerWrite: Int = 1_024,
    warn: (String) -> Void = { _ in }, write: (UnsafeRawBufferPointer) -> Void
) throws(ReplayError) {
    let schedulerOptions: SchedulerOptions
    do {
        schedulerOptions = try options.schedulerOptions()
    } catch {
        throw .invalidOptions(error)
    }
    let worker = ReplayWorker()
    defer { worker.finish() }
    try replay(
        history: ReplayInput.history(csv: csv, fileName: fileName).get(), options: schedulerOptions,
        fuzzSeed: options.fuzzSeed, linesPerWrite: linesPerWrite, worker: worker, headStart: nil, warn: warn,
        write: write)
}

/// `replay(csv:…)` on a file read a piece at a time: memory holds the history (16 bytes a
/// review, plus each card id once) and the output being written, never the file. The text must
/// be UTF-8 (the first row that is not is reported as the one problem).
/// - Throws: `ReplayError` as `replay(csv:…)` does, or what `chunks` throws when the file cannot
///   be read.
public func replay(
    chunks: ByteChunks, fileName: String, options: ReplayOptions, linesPerWrite: Int = 1_024,
    warn: (String) -> Void = { _ in }, write: (UnsafeRawBufferPointer) -> Void
) throws {
    try replay(
        chunks: chunks, fileName: fileName, options: options, linesPerWrite: linesPerWrite,
        scheduledAhead: ReplayHeadStart.capacity, warn: warn, write: write)
}

/// `replay(chunks:…)` scheduling at most `scheduledAhead` reviews while the file is read (tests
/// make it small).
func replay(
    chunks: ByteChunks, fileName: String, options: ReplayOptions, linesPerWrite: Int, scheduledAhead: Int,
    warn: (String) -> Void, write: (UnsafeRawBufferPointer) -> Void
) throws {
    let schedulerOptions: SchedulerOptions
    do {
        schedulerOptions = try options.schedulerOptions()
    } catch {
        throw ReplayError.invalidOptions(error)
    }
    // One second thread for the whole replay: it schedules the first reviews while the file is
    // read, then writes lines.
    let worker = ReplayWorker()
    defer { worker.finish() }
    let headStart = ReplayHeadStart(
        scheduler: FSRSScheduler(options: schedulerOptions), seed: options.fuzzSeed, capacity: scheduledAhead)
    worker.start { headStart.run() }
    let read: Result<ReplayHistory, ReplayError>
    do {
        read = try ReplayInput.history(chunks: chunks, fileName: fileName, headStart: headStart)
    } catch {
        headStart.finish(with: nil)
        worker.waitForJob()
        throw error
    }
    // A bad file: what was scheduled ahead is thrown away, and the worker stops at once.
    // Otherwise the worker schedules the rest it was handed while this thread starts writing.
    headStart.finish(with: try? read.get())
    if case .failure = read { worker.waitForJob() }
    try replay(
        history: read.get(), options: schedulerOptions, fuzzSeed: options.fuzzSeed,
        linesPerWrite: linesPerWrite,
        worker: worker, headStart: headStart, warn: warn, write: write)
}

/// Schedules and writes a history that has been read and checked whole, whose first reviews
/// `headStart` may have scheduled already.
private func replay(
    history: ReplayHistory, options schedulerOptions: SchedulerOptions, fuzzSeed: UInt64?,
    linesPerWrite: Int, worker: ReplayWorker, headStart: ReplayHeadStart?, warn: (String) -> Void,
    write: (UnsafeRawBufferPointer) -> Void
) {
    for warning in history.warnings { warn(warning.description) }
    if history.warningsNotKept > 0 {
        warn("… and \(history.warningsNotKept) more reviews that go back in time")
    }
    let ahead = headStart?.count ?? 0
    let lines = ReplayLines(
        history: history, linesPerPiece: max(1, linesPerWrite), scheduledAhead: ahead, worker: worker)
    var number = 0
    var first = 0
    // The reviews scheduled ahead: this thread writes them alone, a batch at a time, while the
    // worker still schedules; once it is done, both threads write the rest in one go.
    var workerBusy = headStart != nil
    while first < ahead, let headStart {
        let batch = first..<min(first + lines.aloneBatchSize, ahead)
        let (outcomes, workerDone) = headStart.outcomes(batch)
        if workerBusy && workerDone {
            worker.waitForJob()
            workerBusy = false
        }
        if workerBusy {
            lines.writeAlone(batch, number: number, outcomes: outcomes, to: write)
            first = batch.upperBound
            number += 1
        } else {
            let rest = first..<ahead
            lines.writeTogether(rest, outcomes: headStart.outcomes(rest).0, to: write)
            first = ahead
        }
    }
    if workerBusy { worker.waitForJob() }
    guard first < history.reviews.count else { return }
    // Scheduling is sequential (a card's reviews build on each other) but writing the lines is
    // most of the work and each line stands alone: while one batch is written on the worker,
    // the next is scheduled here, and then this thread helps write.
    var cards = ReplayCards(
        history: history, scheduler: FSRSScheduler(options: schedulerOptions), seed: fuzzSeed,
        headStart: headStart)
    var writing: ReplayLines.Batch?
    var ramp = 0
    while first < history.reviews.count {
        let batch = first..<min(first + lines.batchSize(ramp), history.reviews.count)
        let space = lines.outcomeSpace(batch: number, count: batch.count)
        cards.review(batch, into: space)
        writing?.write(to: write)
        writing = lines.start(batch, number: number, outcomes: UnsafeBufferPointer(space))
        first = batch.upperBound
        number += 1
        ramp += 1
    }
    writing?.write(to: write)
}

/// The scheduling state of one replay: each card's schedule so far.
private struct ReplayCards {
    let history: ReplayHistory
    let scheduler: FSRSScheduler
    var random: SplitMix64
    /// Indexed by `history.cardOfID`; `.none` until a card's first review.
    var schedules: [PackedSchedule]

    /// Carries on from `headStart`'s schedules and fuzz numbers, if given.
    init(history: ReplayHistory, scheduler: FSRSScheduler, seed: UInt64?, headStart: ReplayHeadStart?) {
        self.history = history
        self.scheduler = scheduler
        random = headStart?.random ?? SplitMix64(seed: seed ?? 0)
        schedules = headStart?.schedules ?? []
    }

    /// Applies the reviews at `range` in order, putting each outcome in `outcomes`.
    mutating func review(_ range: Range<Int>, into outcomes: UnsafeMutableBufferPointer<ReplayOutcome>) {
        var next = outcomes.baseAddress.unsafelyUnwrapped
        for review in history.reviews[range] {
            next.initialize(
                to: scheduler.replayReview(
                    card: Int(history.cardOfID[Int(review.id)]), rating: review.rating, at: review.time,
                    schedules: &schedules, random: &random))
            next += 1
        }
    }
}

/// `replay(csv:fileName:options:linesPerWrite:write:)` on a text, returning the output lines (without
/// line ends): for tests and small histories.
public func replay(csv: String, fileName: String, options: ReplayOptions) throws(ReplayError) -> [String] {
    var lines: [String] = []
    try replay(csv: Array(csv.utf8), fileName: fileName, options: options) { piece in
        lines += piece.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }
    return lines
}
