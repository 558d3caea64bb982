import Foundation

/// The pieces of one batch, each taken by one thread: the next one not yet taken, under a lock.
final class PieceClaims: @unchecked Sendable {
    let batch: Range<Int>
    let linesPerPiece: Int
    let count: Int
    private let lock = NSLock()
    private var next = 0

    init(batch: Range<Int>, linesPerPiece: Int) {
        self.batch = batch
        self.linesPerPiece = linesPerPiece
        count = (batch.count + linesPerPiece - 1) / linesPerPiece
    }

    /// The next piece to write, or nil when every piece has been taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// The reviews piece `piece` holds (positions in the history).
    func lines(ofPiece piece: Int) -> Range<Int> {
        let first = batch.lowerBound + piece * linesPerPiece
        return first..<min(first + linesPerPiece, batch.upperBound)
    }
}
