import Dispatch
import Foundation
import TextFormats

/// Checks a deck's questions on a second core while the first is still parsing the file.
///
/// Parsing a question and checking it cost about the same, so on two free cores a deck is read
/// in a little more than half the time. Questions are handed over in batches, checked in file
/// order on one serial queue (diagnostics come out exactly as before), and at most a few
/// batches wait at once: a deck of any size still needs little memory. Each question comes with
/// its own text (`JSONStreamItem`), so its offsets resolve to lines and columns while the reader
/// moves on.
///
/// A batch is freed by the reading thread, which made it, once it has been checked: the
/// allocator keeps one arena per thread, and freeing another thread's memory locks that arena
/// against its owner (thousands of lock hand-offs a deck, which cost more than the second core
/// saved).
final class QuestionPipeline: @unchecked Sendable {
    /// Touched only on `queue` until `finish()`.
    private var collector: QuestionCollector
    private let placement: ItemPlacement
    private let queue = DispatchQueue(label: "palpate.deck-questions")
    /// Batches handed over and not yet checked, at most this many.
    private let room = DispatchSemaphore(value: 3)
    /// Guards `waiting` and `checked`.
    private let lock = NSLock()
    /// The batches handed over and not yet freed, by number.
    private var waiting: [Int: [JSONStreamItem]] = [:]
    /// How many batches (the first ones) have been checked.
    private var checked = 0
    /// The reading thread's own: the batch being filled, how many batches it has handed over,
    /// and how many of those it has freed.
    private var batch: [JSONStreamItem] = []
    private var batchBytes = 0
    private var handedOver = 0
    private var freed = 0

    /// A batch is handed over once it holds this many bytes of questions (or `batchItems`).
    private static let batchBytes = 1 << 18
    private static let batchItems = 1_024

    /// - Parameters:
    ///   - makeCollector: the collector, given the sink its questions' problems go to (which
    ///     places them with `placement`).
    init(file: String, makeCollector: (DiagnosticSink) -> QuestionCollector) {
        let placement = ItemPlacement()
        self.placement = placement
        collector = makeCollector(DiagnosticSink(file: file, position: placement.position(ofByteOffset:)))
    }

    /// Takes the next question of the file.
    func add(_ item: JSONStreamItem) {
        batch.append(item)
        batchBytes += item.byteCount
        if batchBytes >= Self.batchBytes || batch.count >= Self.batchItems { handOver() }
    }

    /// Waits until every question taken is checked, and returns what the collector made of them.
    func finish() -> QuestionCollector {
        handOver()
        let result = queue.sync { collector }
        freeChecked()
        return result
    }

    private func handOver() {
        guard !batch.isEmpty else { return }
        let number = handedOver
        handedOver += 1
        lock.withLock { waiting[number] = batch }
        batch = []
        batchBytes = 0
        room.wait()
        freeChecked()
        queue.async { [self] in
            // Nothing of the batch is held past this scope, so the reading thread frees it.
            do {
                let items = lock.withLock { waiting[number] ?? [] }
                for item in items {
                    placement.current = item
                    collector.add(item.node)
                }
                placement.current = nil
            }
            lock.withLock { checked = number + 1 }
            room.signal()
        }
    }

    /// Frees the batches checked so far, on the reading thread.
    private func freeChecked() {
        let done: [[JSONStreamItem]] = lock.withLock {
            let batches = (freed..<checked).compactMap { waiting.removeValue(forKey: $0) }
            freed = checked
            return batches
        }
        withExtendedLifetime(done) {}
    }
}

/// The question being checked, whose text resolves the offsets its problems are reported at.
final class ItemPlacement {
    var current: JSONStreamItem?

    func position(ofByteOffset offset: Int) -> SourcePosition {
        current?.position(ofByteOffset: offset) ?? SourcePosition(line: 1, column: 1)
    }
}
