/// The reviews of a replay history in file order, kept in blocks of a fixed size.
///
/// An array doubles as it grows, so while ten million reviews were read its storage briefly
/// held the old copy beside one twice as large: three times the rows' size at the peak.
/// Blocks are allocated at their final size and never copied, so the log costs its 12 bytes a
/// row (plus at most one block's slack) all the way.
struct ReplayReviewLog: RandomAccessCollection, Sendable {
    /// 65,536 reviews (768 KB) a block.
    private static let blockShift = 16
    private static let blockSize = 1 << blockShift

    private var blocks: [[ReplayHistory.Review]] = []
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> ReplayHistory.Review {
        blocks[position >> Self.blockShift][position & (Self.blockSize - 1)]
    }

    /// Calls `body` with the reviews at `range` as runs of contiguous memory, in order, each
    /// with its offset from `range`'s start: writing lines this way reads each review without
    /// going through two arrays' bounds checks.
    func forEachRun(in range: Range<Int>, _ body: (UnsafeBufferPointer<ReplayHistory.Review>, Int) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "reviews out of the log")
        var position = range.lowerBound
        while position < range.upperBound {
            let inBlock = position & (Self.blockSize - 1)
            let runEnd = Swift.min(range.upperBound, position - inBlock + Self.blockSize)
            blocks[position >> Self.blockShift].withUnsafeBufferPointer { block in
                body(UnsafeBufferPointer(rebasing: block[inBlock..<(inBlock + runEnd - position)]), position - range.lowerBound)
            }
            position = runEnd
        }
    }

    mutating func append(_ review: ReplayHistory.Review) {
        if count & (Self.blockSize - 1) == 0 {
            var block: [ReplayHistory.Review] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(review)
        count += 1
    }
}
