import Dispatch
import Foundation
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
///   - write: receives the output, in order: one JSON object per review and line (each ending
///     in a line feed), in file order, each card's reviews applied in turn starting from a new
///     card: `card_id`, `review_time` (UTC), `rating`, `retrievability` (before the review;
///     `null` on a card's first), `state`, `step`, `stability`, `difficulty`, `due` (UTC, whole
///     seconds rounded down).
/// - Throws: `ReplayError.invalidOptions`, or `.invalidInput` listing every bad row; then
///   `write` is never called.
public func replay(
    csv: [UInt8], fileName: String, options: ReplayOptions, linesPerWrite: Int = 4_096,
    write: (String) -> Void
) throws(ReplayError) {
    let schedulerOptions: SchedulerOptions
    do {
        schedulerOptions = try options.schedulerOptions()
    } catch {
        throw .invalidOptions(error)
    }
    let history = try ReplayInput.history(csv: csv, fileName: fileName).get()
    var replayer = Replayer(
        history: history, scheduler: FSRSScheduler(options: schedulerOptions), seed: options.fuzzSeed)
    let linesPerWrite = max(1, linesPerWrite)
    var first = 0
    while first < history.reviews.count {
        let batch = first..<min(first + 8 * linesPerWrite, history.reviews.count)
        let outcomes = replayer.review(batch)
        for piece in replayer.lines(batch, outcomes: outcomes, linesPerPiece: linesPerWrite) { write(piece) }
        first = batch.upperBound
    }
}

/// The state of one replay: each card's schedule so far.
private struct Replayer: Sendable {
    let history: ReplayHistory
    let scheduler: FSRSScheduler
    var random: SplitMix64
    /// Indexed by `history.cardOfID`; `nil` until a card's first review.
    var cards: [CardSchedule?]
    /// Each id as a JSON string, quoted once rather than once per review, one after another:
    /// id `i` is `quotedCardIDs[quotedCardIDStarts[i]..<quotedCardIDStarts[i + 1]]`.
    /// One buffer rather than an array per card: workers copying from per-card arrays on all
    /// cores spent more time contending for the arrays' reference counts than writing.
    let quotedCardIDs: [UInt8]
    let quotedCardIDStarts: [Int]
    let longestQuotedCardID: Int

    init(history: ReplayHistory, scheduler: FSRSScheduler, seed: UInt64?) {
        self.history = history
        self.scheduler = scheduler
        random = SplitMix64(seed: seed ?? 0)
        cards = [CardSchedule?](repeating: nil, count: history.cardCount)
        var quoted: [UInt8] = []
        var starts = [0]
        for id in history.ids {
            quoted.append(contentsOf: JSONValue.quoted(id).utf8)
            starts.append(quoted.count)
        }
        quotedCardIDs = quoted
        quotedCardIDStarts = starts
        longestQuotedCardID = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    }

    /// Applies the reviews at `range` in order.
    mutating func review(_ range: Range<Int>) -> [ReviewOutcome] {
        var outcomes: [ReviewOutcome] = []
        outcomes.reserveCapacity(range.count)
        for review in history.reviews[range] {
            let card = Int(history.cardOfID[Int(review.id)])
            let outcome = scheduler.review(
                cards[card] ?? .new(due: review.time), rating: review.rating, at: review.time, random: &random
            )
            cards[card] = outcome.schedule
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// The output lines of the reviews in `batch`, whose outcomes are `outcomes`, in pieces of
    /// `linesPerPiece` lines.
    ///
    /// Scheduling is sequential (a card's reviews build on each other), but writing the lines is
    /// most of replay's work and each line stands alone: the pieces are written on all cores.
    func lines(_ batch: Range<Int>, outcomes: [ReviewOutcome], linesPerPiece: Int) -> [String] {
        let pieces = Pieces(count: (batch.count + linesPerPiece - 1) / linesPerPiece)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { piece in
            let start = batch.lowerBound + piece * linesPerPiece
            let range = start..<min(start + linesPerPiece, batch.upperBound)
            pieces.set(piece, lines(range, outcomes: outcomes[(start - batch.lowerBound)...]))
        }
        return pieces.texts
    }

    /// The output lines of the reviews at `range` (not empty), whose outcomes start `outcomes`,
    /// written straight into the string's storage.
    private func lines(_ range: Range<Int>, outcomes: ArraySlice<ReviewOutcome>) -> String {
        let capacity = range.count * (ReplayLine.longestWithoutCardID + longestQuotedCardID)
        return String(unsafeUninitializedCapacity: capacity) { space in
            var writer = ReplayWriter(space)
            quotedCardIDs.withUnsafeBufferPointer { quoted in
                for (review, outcome) in zip(history.reviews[range], outcomes) {
                    let index = Int(review.id)
                    let id = UnsafeBufferPointer(
                        rebasing: quoted[quotedCardIDStarts[index]..<quotedCardIDStarts[index + 1]])
                    ReplayLine(time: review.time, rating: review.rating, outcome: outcome)
                        .write(quotedCardID: id, to: &writer)
                }
            }
            return writer.count
        }
    }

    /// The pieces of one batch, filled in by concurrent workers.
    private final class Pieces: @unchecked Sendable {
        let count: Int
        private let lock = NSLock()
        /// Guarded by `lock`.
        private var storage: [String]

        init(count: Int) {
            self.count = count
            storage = Array(repeating: "", count: count)
        }

        func set(_ index: Int, _ text: String) { lock.withLock { storage[index] = text } }

        var texts: [String] { lock.withLock { storage } }
    }
}

/// `replay(csv:fileName:options:linesPerWrite:write:)` on a text, returning the output lines (without
/// line ends): for tests and small histories.
public func replay(csv: String, fileName: String, options: ReplayOptions) throws(ReplayError) -> [String] {
    var lines: [String] = []
    try replay(csv: Array(csv.utf8), fileName: fileName, options: options) { chunk in
        lines += chunk.split(separator: "\n").map(String.init)
    }
    return lines
}
