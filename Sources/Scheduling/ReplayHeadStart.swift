import Foundation

/// Schedules a replay's first reviews on the worker thread while the file is still being read.
///
/// Nothing is written before the whole file is read and checked (a bad row anywhere means no
/// output), so reading kept one core busy and the other idle, and scheduling waited for it. The
/// reader hands over each review as it reads it (its card number, time and rating, through a
/// ring of fixed size: the history's own arrays cannot be shared while they grow), and the
/// worker schedules them in file order, as the replay would, keeping the outcomes of the first
/// `capacity` reviews (5 MB). If the file turns out to be bad, the work is thrown away.
final class ReplayHeadStart: @unchecked Sendable {
    /// How many reviews are scheduled ahead at most: their outcomes are kept until the file is
    /// read (5 MB), so a history of millions is not held whole.
    static let capacity = 1 << 17

    private let scheduler: FSRSScheduler
    private let capacity: Int
    /// The worker's: the fuzz numbers drawn so far, and each card's schedule by card number.
    private(set) var random: SplitMix64
    private(set) var schedules: [PackedSchedule] = []
    /// The outcomes of the reviews handed over, once scheduled, in file order.
    private let outcomeSpace: UnsafeMutableBufferPointer<ReplayOutcome>

    /// One review as handed over: 16 bytes.
    private struct Handed {
        let time: Instant
        let card: Int32
        let rating: Rating
    }
    /// How many cards' schedules the worker makes room for at first (2.6 MB, touched only as far
    /// as the cards go).
    private static let cardsReserved = 1 << 16

    /// As many as are scheduled ahead at most (2 MB): the reader never waits for the worker.
    /// With a quarter of that, the reader filled the ring in one replay of 100,000 rows in two
    /// and waited while the worker caught up, and the whole replay took 1–2 ms longer.
    private static let ringSize = 1 << 17
    private let ring: UnsafeMutableBufferPointer<Handed>
    /// Guards `handed`, `taken` and `finished`: how many reviews the reader has handed over and
    /// the worker taken in all, and whether the reader is done.
    private let condition = NSCondition()
    private var handed = 0
    private var taken = 0
    private var finished = false
    /// The reader's: how many reviews of its history it has handed over.
    private var handedOver = 0
    /// The first block of the reader's review log, made here so that the worker can make its
    /// pages present while the reader starts (`takeReviewLog()`), and whether the reader has
    /// taken it (then the log owns it).
    private let firstLogBlock = ReplayReviewLog.newBlock()
    private var firstLogBlockTaken = false

    init(scheduler: FSRSScheduler, seed: UInt64?, capacity: Int = ReplayHeadStart.capacity) {
        self.scheduler = scheduler
        self.capacity = capacity
        random = SplitMix64(seed: seed ?? 0)
        let bytes = capacity * MemoryLayout<ReplayOutcome>.stride
        outcomeSpace = UnsafeMutableBufferPointer(
            start: HugePageMemory.allocate(byteCount: bytes).bindMemory(
                to: ReplayOutcome.self, capacity: capacity),
            count: capacity)
        ring = UnsafeMutableBufferPointer(
            start: HugePageMemory.allocate(byteCount: Self.ringSize * MemoryLayout<Handed>.stride)
                .bindMemory(to: Handed.self, capacity: Self.ringSize),
            count: Self.ringSize)
    }

    deinit {
        if !firstLogBlockTaken { UnsafeMutableRawPointer(firstLogBlock).deallocate() }
        UnsafeMutableRawPointer(outcomeSpace.baseAddress.unsafelyUnwrapped).deallocate()
        UnsafeMutableRawPointer(ring.baseAddress.unsafelyUnwrapped).deallocate()
    }

    /// Reader, before the first review: the log to read into, its first block already given
    /// to the worker to make present.
    func takeReviewLog() -> ReplayReviewLog {
        condition.lock()
        defer { condition.unlock() }
        guard !firstLogBlockTaken else { return ReplayReviewLog() }
        firstLogBlockTaken = true
        return ReplayReviewLog(firstBlock: firstLogBlock)
    }

    /// How many reviews the reader has handed over: after `finish(with:)` a history, all the
    /// worker will schedule.
    var count: Int { handedOver }

    /// Reader, after `finish(with:)`: the outcomes of reviews `range`, once the worker has
    /// scheduled them (it waits until then), and whether the worker has then scheduled all it
    /// will (its job is ending).
    func outcomes(_ range: Range<Int>) -> (UnsafeBufferPointer<ReplayOutcome>, workerDone: Bool) {
        precondition(range.upperBound <= handedOver, "outcomes of reviews not handed over")
        condition.lock()
        while taken < range.upperBound { condition.wait() }
        let done = finished && taken == handed
        condition.unlock()
        return (UnsafeBufferPointer(rebasing: outcomeSpace[range]), done)
    }

    /// Reader: hands over the reviews of `history` not handed over yet (up to `capacity` in
    /// all), once at least `batch` are waiting; waits while the ring is full.
    func handOver(from history: ReplayHistory, batch: Int = 1_024) {
        let end = min(history.reviews.count, capacity)
        guard end > handedOver, end - handedOver >= batch else { return }
        while handedOver < end {
            condition.lock()
            while handed - taken == Self.ringSize { condition.wait() }
            let room = Self.ringSize - (handed - taken)
            let first = handed
            condition.unlock()
            let count = min(room, end - handedOver)
            // Through pointers, a run of the log at a time: with the log's subscript (a check and
            // a division) and the arrays' checks, handing over cost 78 instructions a review on
            // the thread that reads, the slower of the two.
            let ringStart = ring.baseAddress.unsafelyUnwrapped
            history.cardOfID.withUnsafeBufferPointer { cardOfID in
                history.reviews.forEachRun(in: handedOver..<(handedOver + count)) { reviews, offset in
                    var position = first + offset
                    for review in reviews {
                        (ringStart + (position & (Self.ringSize - 1))).initialize(
                            to: Handed(
                                time: review.time, card: cardOfID[Int(review.id)], rating: review.rating))
                        position += 1
                    }
                }
            }
            handedOver += count
            condition.lock()
            handed += count
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Reader: hands over what is left of `history` (nil when reading failed: the worker then
    /// stops at once) and tells the worker that nothing more will come.
    func finish(with history: ReplayHistory?) {
        if let history { handOver(from: history, batch: 0) }
        condition.lock()
        if history == nil {
            handed = taken
            handedOver = taken
        }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Worker: schedules the reviews handed over, in order, until the reader has finished.
    func run() {
        // This thread would wait for the reader's first hand-over (about 0.8 ms): meanwhile it
        // makes present the pages the reader would fault before handing over, its review log's
        // first block and the ring (each a huge page, zeroed in about a third of a
        // millisecond here). The reader may write to them meanwhile: populating writes nothing.
        HugePageMemory.populate(UnsafeMutableRawPointer(firstLogBlock), byteCount: ReplayReviewLog.blockBytes)
        HugePageMemory.populate(
            UnsafeMutableRawPointer(ring.baseAddress.unsafelyUnwrapped),
            byteCount: Self.ringSize * MemoryLayout<Handed>.stride)
        // Kept in locals while scheduling: a class's stored properties are checked for
        // exclusive access at every use.
        var schedules = schedules
        // Room for the cards of most histories from the start: grown one card at a time, the
        // array was copied each time it doubled, and its new pages faulted on this thread.
        // Pages not reached are never touched.
        schedules.reserveCapacity(Self.cardsReserved)
        var random = random
        var next = outcomeSpace.baseAddress.unsafelyUnwrapped
        var done = 0
        while true {
            condition.lock()
            while handed == done && !finished { condition.wait() }
            let upTo = handed
            condition.unlock()
            if upTo <= done { break }
            // Pieces of at most 1,024, each made known when done: the reader may be waiting to
            // write their lines.
            let sliceEnd = min(upTo, done + 1_024)
            for position in done..<sliceEnd {
                let review = ring[position & (Self.ringSize - 1)]
                next.initialize(
                    to: scheduler.replayReview(
                        card: Int(review.card), rating: review.rating, at: review.time, schedules: &schedules,
                        random: &random))
                next += 1
            }
            done = sliceEnd
            condition.lock()
            taken = done
            condition.broadcast()
            condition.unlock()
        }
        self.schedules = schedules
        self.random = random
    }
}
