import Dispatch
import Foundation
import TextFormats

/// Writes replay's output lines for batches of reviews, in pieces, on all cores.
struct ReplayLines: Sendable {
    let history: ReplayHistory
    /// How many lines make one piece: one call of replay's `write`.
    let linesPerPiece: Int
    /// Each id as a JSON string, quoted once rather than once per review, one after another:
    /// id `i` is `quotedCardIDs[quotedCardIDStarts[i]..<quotedCardIDStarts[i + 1]]`.
    /// One buffer rather than an array per id: workers copying from per-id arrays on all cores
    /// spent more time contending for the arrays' reference counts than writing.
    private let quotedCardIDs: [UInt8]
    private let quotedCardIDStarts: [Int]
    private let longestQuotedCardID: Int

    init(history: ReplayHistory, linesPerPiece: Int) {
        self.history = history
        self.linesPerPiece = linesPerPiece
        var quoted: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(history.idCount + 1)
        for index in 0..<history.idCount {
            quoted.append(contentsOf: JSONValue.quoted(history.id(at: index)).utf8)
            starts.append(quoted.count)
        }
        quotedCardIDs = quoted
        quotedCardIDStarts = starts
        longestQuotedCardID = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    }

    /// The lines of one batch, being written in the background.
    struct Batch {
        fileprivate let group: DispatchGroup
        fileprivate let storage: Pieces

        /// The batch's pieces in order, once all are written.
        func pieces() -> [String] {
            group.wait()
            return storage.texts
        }
    }

    /// Starts writing the lines of the reviews in `batch`, whose outcomes are `outcomes`.
    func start(_ batch: Range<Int>, outcomes: [ReviewOutcome]) -> Batch {
        let group = DispatchGroup()
        let pieces = Pieces(count: (batch.count + linesPerPiece - 1) / linesPerPiece)
        for piece in 0..<pieces.count {
            let start = batch.lowerBound + piece * linesPerPiece
            let range = start..<min(start + linesPerPiece, batch.upperBound)
            DispatchQueue.global().async(group: group) {
                pieces.set(piece, lines(range, outcomes: outcomes[(start - batch.lowerBound)...]))
            }
        }
        return Batch(group: group, storage: pieces)
    }

    /// The lines of the reviews at `range` (not empty), whose outcomes start `outcomes`, written
    /// straight into the string's storage.
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
    fileprivate final class Pieces: @unchecked Sendable {
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
