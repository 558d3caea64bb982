import TextFormats

/// Writes replay's output lines for batches of reviews, in pieces, on two threads, into memory
/// reserved once for the whole replay.
///
/// Two batches take turns in the reserved space: while one batch's lines are written, the next
/// is scheduled into the other half. Making a fresh buffer for every
/// piece cost more than writing the lines: each new page of a large block is a page fault, and
/// a 100,000-review replay touched 40 MB that way.
final class ReplayLines: @unchecked Sendable {
    let history: ReplayHistory
    /// How many lines make one piece: one call of replay's `write`.
    let linesPerPiece: Int
    /// How many pieces make a batch.
    static let piecesPerBatch = 8
    /// How many reviews this thread writes at a time while the worker still schedules: a
    /// piece, so that it soon notices when the worker is free to write too (a full batch took
    /// up to a millisecond, which the worker spent waiting).
    var aloneBatchSize: Int { linesPerPiece }

    /// How many reviews batch `number` takes: one piece, then twice as many each time up to a
    /// full batch. Nothing is written while the first batch is scheduled, so a small one sets
    /// the other cores writing sooner (a full first batch kept them idle for 1.5 ms).
    func batchSize(_ number: Int) -> Int {
        linesPerPiece << min(number, Self.piecesPerBatch.trailingZeroBitCount)
    }

    /// Each id as a JSON string, quoted once rather than once per review, one after another:
    /// id `i` is `quotedCardIDs[quotedCardIDStarts[i]..<quotedCardIDStarts[i + 1]]`. Zero bytes
    /// follow the last, so that a line may read `ReplayWriter.idReadAhead` bytes from any id.
    /// One buffer rather than an array per id: workers copying from per-id arrays on all cores
    /// spent more time contending for the arrays' reference counts than writing.
    private let quotedCardIDs: [UInt8]
    private let quotedCardIDStarts: [Int]
    /// The most bytes one piece can take.
    private let pieceCapacity: Int
    /// Two batches' outcomes and text, and each piece's length; batch `n` uses half `n % 2`.
    private let outcomes: UnsafeMutableBufferPointer<ReplayOutcome>
    private let text: UnsafeMutableRawBufferPointer
    private let pieceLengths: UnsafeMutableBufferPointer<Int>
    private let outcomesPerHalf: Int
    private let piecesPerHalf: Int
    fileprivate let worker: ReplayWorker
    /// What each thread wrote lately (numbers, due dates): the caller's and the worker's.
    private let callerMemo = ReplayLineMemo()
    private let workerMemo = ReplayLineMemo()

    /// - Parameters:
    ///   - scheduledAhead: how many of the first reviews were scheduled before (their outcomes
    ///     are handed to `start`): only the rest need space here.
    ///   - worker: the thread that writes beside the caller's.
    init(history: ReplayHistory, linesPerPiece: Int, scheduledAhead: Int, worker: ReplayWorker) {
        self.history = history
        self.worker = worker
        self.linesPerPiece = linesPerPiece
        var quoted: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(history.idCount + 1)
        for index in 0..<history.idCount {
            let bytes = history.idBytes(at: index)
            // An ASCII id that needs no escape is quoted straight from its bytes, without making
            // two strings of it (0.5 ms of the time between reading and writing for 5,000 ids).
            // Anything else (bytes that may not be UTF-8 among them) goes through
            // `ReplayLine.string`.
            if bytes.allSatisfy({ $0 < 0x80 && JSONValue.isWrittenAsIs($0) }) {
                quoted.append(UInt8(ascii: "\""))
                quoted.append(contentsOf: bytes)
                quoted.append(UInt8(ascii: "\""))
            } else {
                quoted.append(contentsOf: ReplayLine.string(history.id(at: index)).utf8)
            }
            starts.append(quoted.count)
        }
        quoted.append(contentsOf: repeatElement(0, count: ReplayWriter.idReadAhead))
        quotedCardIDs = quoted
        quotedCardIDStarts = starts
        let longestQuotedCardID = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
        pieceCapacity =
            linesPerPiece * (ReplayLine.longestWithoutCardID + longestQuotedCardID) + ReplayWriter.slack
        // A history shorter than a batch needs only its own size.
        let linesPerHalf = min(linesPerPiece * Self.piecesPerBatch, max(history.reviews.count, 1))
        var piecesPerHalf = (linesPerHalf + linesPerPiece - 1) / linesPerPiece
        if history.reviews.count <= scheduledAhead {
            // All scheduled ahead: no batches, only a ring of pieces (`writeTogether`), for
            // which a few pieces a thread are enough. Text space fitting one huge page is
            // zeroed once (16 pieces took three pages, 5 MB to zero for 100,000 reviews).
            piecesPerHalf = min(piecesPerHalf, max(2, HugePageMemory.alignment / (2 * pieceCapacity)))
        }
        outcomesPerHalf = min(linesPerHalf, max(history.reviews.count - scheduledAhead, 1))
        outcomes = .allocate(capacity: 2 * outcomesPerHalf)
        text = UnsafeMutableRawBufferPointer(
            start: HugePageMemory.allocate(byteCount: 2 * piecesPerHalf * pieceCapacity),
            count: 2 * piecesPerHalf * pieceCapacity)
        pieceLengths = .allocate(capacity: 2 * Self.piecesPerBatch)
        self.piecesPerHalf = piecesPerHalf
    }

    deinit {
        outcomes.deallocate()
        text.deallocate()
        pieceLengths.deallocate()
    }

    /// Where batch `number`'s outcomes go: `count` of them, to be filled in before `start`.
    func outcomeSpace(batch number: Int, count: Int) -> UnsafeMutableBufferPointer<ReplayOutcome> {
        precondition(count <= outcomesPerHalf, "a replay batch larger than its space")
        return UnsafeMutableBufferPointer(rebasing: outcomes[(number % 2 * outcomesPerHalf)...].prefix(count))
    }

    /// The lines of one batch, being written: by one worker from the start, and by the thread
    /// that schedules once it has scheduled the next batch.
    struct Batch {
        fileprivate let lines: ReplayLines
        fileprivate let pieces: PieceClaims
        fileprivate let half: Int
        fileprivate let outcomes: UnsafeBufferPointer<ReplayOutcome>

        /// Writes the pieces no one has taken yet on this thread, then hands each piece to `write`
        /// in order once all are written. The space is then free for the batch after next.
        func write(to write: (UnsafeRawBufferPointer) -> Void) {
            lines.writePieces(claimedFrom: pieces, half: half, outcomes: outcomes, onWorker: false)
            lines.worker.waitForJob()
            lines.emit(pieces, half: half, to: write)
        }
    }

    /// Writes the lines of batch `number` on this thread alone (while the worker is busy with
    /// something else), and hands them to `write`.
    func writeAlone(
        _ batch: Range<Int>, number: Int, outcomes: UnsafeBufferPointer<ReplayOutcome>,
        to write: (UnsafeRawBufferPointer) -> Void
    ) {
        let pieces = PieceClaims(batch: batch, linesPerPiece: linesPerPiece)
        writePieces(claimedFrom: pieces, half: number % 2, outcomes: outcomes, onWorker: false)
        emit(pieces, half: number % 2, to: write)
    }

    /// Writes the lines of `range`, whose outcomes are all in `outcomes`, on this thread and the
    /// worker together, handing the pieces to `write` in order (`PieceRing`, over the whole text
    /// space). The worker must be free; it is free again on return.
    func writeTogether(
        _ range: Range<Int>, outcomes: UnsafeBufferPointer<ReplayOutcome>,
        to write: (UnsafeRawBufferPointer) -> Void
    ) {
        let ring = PieceRing(
            count: (range.count + linesPerPiece - 1) / linesPerPiece, slots: 2 * piecesPerHalf)
        let writePiece = { (piece: Int, onWorker: Bool) in
            let first = piece * self.linesPerPiece
            let start = range.lowerBound + first
            let lines = start..<min(start + self.linesPerPiece, range.upperBound)
            let (half, slot) = self.place(ofPiece: piece, in: ring)
            self.pieceLengths[half * Self.piecesPerBatch + slot] = self.writeLines(
                lines, outcomes: UnsafeBufferPointer(rebasing: outcomes[first...].prefix(lines.count)),
                into: self.pieceSpace(half: half, slot), onWorker: onWorker)
            ring.finish(piece)
        }
        worker.start {
            while let piece = ring.claim() { writePiece(piece, true) }
        }
        handingOn: while true {
            switch ring.next() {
            case .handOn(let piece):
                let (half, slot) = place(ofPiece: piece, in: ring)
                write(UnsafeRawBufferPointer(self.piece(half: half, slot)))
                ring.handedOn(piece)
            case .write(let piece):
                writePiece(piece, false)
            case .done:
                break handingOn
            }
        }
        worker.waitForJob()
    }

    /// The half and piece of the text space that holds `piece` of a ring over all of it.
    private func place(ofPiece piece: Int, in ring: PieceRing) -> (half: Int, piece: Int) {
        let place = (piece % ring.slots).quotientAndRemainder(dividingBy: piecesPerHalf)
        return (place.quotient, place.remainder)
    }

    private func emit(_ pieces: PieceClaims, half: Int, to write: (UnsafeRawBufferPointer) -> Void) {
        for piece in 0..<pieces.count {
            write(UnsafeRawBufferPointer(self.piece(half: half, piece)))
        }
    }

    /// Starts writing the lines of the reviews in `batch` (batch `number`), whose outcomes are
    /// `outcomes` (from `outcomeSpace(batch: number, …)`, or scheduled ahead).
    ///
    /// The worker writes while this thread schedules the next batch; then this thread joins in
    /// (`Batch.write`), so neither core waits while there are lines to write. Handing each piece
    /// to the global queue instead ran two pool threads beside this one, and with the system
    /// keeping both on one core, the other sat idle whenever this thread waited: a third of the
    /// cores' time went unused.
    func start(_ batch: Range<Int>, number: Int, outcomes: UnsafeBufferPointer<ReplayOutcome>) -> Batch {
        precondition(outcomes.count == batch.count, "a replay batch needs one outcome a review")
        let half = number % 2
        let pieces = PieceClaims(batch: batch, linesPerPiece: linesPerPiece)
        worker.start { self.writePieces(claimedFrom: pieces, half: half, outcomes: outcomes, onWorker: true) }
        return Batch(lines: self, pieces: pieces, half: half, outcomes: outcomes)
    }

    /// Writes pieces of a batch until none is left to take, on the worker or the caller's thread.
    private func writePieces(
        claimedFrom pieces: PieceClaims, half: Int, outcomes: UnsafeBufferPointer<ReplayOutcome>,
        onWorker: Bool
    ) {
        while let piece = pieces.claim() {
            let first = piece * linesPerPiece
            let range = pieces.lines(ofPiece: piece)
            let length = writeLines(
                range, outcomes: UnsafeBufferPointer(rebasing: outcomes[first...].prefix(range.count)),
                into: pieceSpace(half: half, piece), onWorker: onWorker)
            pieceLengths[half * Self.piecesPerBatch + piece] = length
        }
    }

    private func pieceSpace(half: Int, _ piece: Int) -> UnsafeMutableRawBufferPointer {
        let start = (half * piecesPerHalf + piece) * pieceCapacity
        return UnsafeMutableRawBufferPointer(rebasing: text[start..<(start + pieceCapacity)])
    }

    private func piece(half: Int, _ piece: Int) -> UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(
            rebasing: pieceSpace(half: half, piece).prefix(pieceLengths[half * Self.piecesPerBatch + piece]))
    }

    /// Writes the lines of the reviews at `range`, whose outcomes are `outcomes`, into `space`
    /// on the worker or the caller's thread; returns how many bytes they took.
    private func writeLines(
        _ range: Range<Int>, outcomes: UnsafeBufferPointer<ReplayOutcome>,
        into space: UnsafeMutableRawBufferPointer, onWorker: Bool
    ) -> Int {
        onWorker
            ? writeLines(range, outcomes: outcomes, into: space, memo: workerMemo)
            : writeLines(range, outcomes: outcomes, into: space, memo: callerMemo)
    }

    private func writeLines(
        _ range: Range<Int>, outcomes: UnsafeBufferPointer<ReplayOutcome>,
        into space: UnsafeMutableRawBufferPointer, memo: borrowing ReplayLineMemo
    ) -> Int {
        var writer = ReplayWriter(space.bindMemory(to: UInt8.self))
        quotedCardIDs.withUnsafeBufferPointer { quoted in
            quotedCardIDStarts.withUnsafeBufferPointer { starts in
                history.reviews.forEachRun(in: range) { reviews, offset in
                    for (index, review) in reviews.enumerated() {
                        let id = Int(review.id)
                        let quotedID = UnsafeBufferPointer(rebasing: quoted[starts[id]..<starts[id + 1]])
                        ReplayLine(
                            time: review.time, rating: review.rating, outcome: outcomes[offset + index]
                        )
                        .write(quotedCardID: quotedID, memo: memo, to: &writer)
                    }
                }
            }
        }
        return writer.count
    }
}
