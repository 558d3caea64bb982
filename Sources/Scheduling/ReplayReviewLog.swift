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
