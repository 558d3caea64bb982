import Dispatch
import TextFormats

/// Checks a deck's questions on a second core while the first is still parsing the file.
///
/// Parsing a question and checking it cost about the same, so a deck is read in a little more
/// than half the time. Questions are handed over in batches, checked in file order on one serial
/// queue (diagnostics come out exactly as before), and at most a few batches wait at once: a
/// deck of any size still needs little memory. Each question comes with its own text
/// (`JSONStreamItem`), so its offsets resolve to lines and columns while the reader moves on.
final class QuestionPipeline: @unchecked Sendable {
    /// Touched only on `queue` until `finish()`.
    private var collector: QuestionCollector
    private let placement: ItemPlacement
    private let queue = DispatchQueue(label: "palpate.deck-questions")
    /// Batches handed over and not yet checked, at most this many.
    private let room = DispatchSemaphore(value: 4)
    /// The batch being filled (by the reading thread only).
    private var batch: [JSONStreamItem] = []
    private var batchBytes = 0

    /// A batch is handed over once it holds this many bytes of questions (or `batchItems`).
    private static let batchBytes = 1 << 16
    private static let batchItems = 64

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
        return queue.sync { collector }
    }

    private func handOver() {
        guard !batch.isEmpty else { return }
        let items = batch
        batch = []
        batchBytes = 0
        room.wait()
        queue.async { [self] in
            for item in items {
                placement.current = item
                collector.add(item.node)
            }
            // Freeing the syntax trees costs a third as much as checking them: it is left to
            // whichever core is free, and the batch's room is given back once it is done.
            DispatchQueue.global().async { [room] in
                withExtendedLifetime(items) {}
                room.signal()
            }
        }
    }
}

/// The question being checked, whose text resolves the offsets its problems are reported at
/// (after the last, offsets are placed in the last).
final class ItemPlacement {
    var current: JSONStreamItem?

    func position(ofByteOffset offset: Int) -> SourcePosition {
        current?.position(ofByteOffset: offset) ?? SourcePosition(line: 1, column: 1)
    }
}
