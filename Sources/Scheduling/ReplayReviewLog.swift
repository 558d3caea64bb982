/// The reviews of a replay history in file order, kept in blocks of a fixed size.
///
/// An array doubles as it grows, so while ten million reviews were read its storage briefly
/// held the old copy beside one twice as large: three times the rows' size at the peak.
/// Blocks are allocated at their final size and never copied, so the log costs its 12 bytes a
/// row (plus at most one block's slack) all the way. A block fills one huge page
/// (`HugePageMemory`): in 4 KB pages, the first 100,000 reviews cost 290 page faults on the
/// thread that reads the file.
///
/// Sendable as a value: only a copy that holds its storage alone writes to it.
struct ReplayReviewLog: RandomAccessCollection, @unchecked Sendable {
    /// 174,762 reviews a block: as many as 2 MB holds (`blockHoldsAsManyAsAHugePage` checks it).
    static let blockSize = 174_762

    private var storage = Storage()
    /// The last block, where `append` writes: kept here so that appending does not go through
    /// the class's array.
    private var lastBlock: UnsafeMutablePointer<ReplayHistory.Review>?
    private(set) var count = 0

    init() {}

    /// An empty log whose first block is `firstBlock` (from `newBlock()`), which it then owns:
    /// the block's pages can be made present on another thread before the first review is
    /// written (`HugePageMemory.populate`).
    init(firstBlock: UnsafeMutablePointer<ReplayHistory.Review>) {
        storage.blocks.append(firstBlock)
        lastBlock = firstBlock
    }

    /// A block for `init(firstBlock:)`.
    static func newBlock() -> UnsafeMutablePointer<ReplayHistory.Review> { Storage.newBlock() }

    /// The bytes a block takes.
    static var blockBytes: Int { blockSize * MemoryLayout<ReplayHistory.Review>.stride }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> ReplayHistory.Review {
        precondition(position >= 0 && position < count, "a review out of the log")
        return storage.blocks[position / Self.blockSize][position % Self.blockSize]
    }

    /// Calls `body` with the reviews at `range` as runs of contiguous memory, in order, each
    /// with its offset from `range`'s start: writing lines this way reads each review without
    /// the subscript's check and division.
    func forEachRun(in range: Range<Int>, _ body: (UnsafeBufferPointer<ReplayHistory.Review>, Int) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "reviews out of the log")
        var position = range.lowerBound
        while position < range.upperBound {
            let inBlock = position % Self.blockSize
            let runEnd = Swift.min(range.upperBound, position - inBlock + Self.blockSize)
            let run = UnsafeBufferPointer(
                start: storage.blocks[position / Self.blockSize] + inBlock, count: runEnd - position)
            body(run, position - range.lowerBound)
            position = runEnd
        }
    }

    mutating func append(_ review: ReplayHistory.Review) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(count: count)
            lastBlock = storage.blocks.last
        }
        let inBlock = count % Self.blockSize
        // A new block at each block's end, unless the first was given to `init(firstBlock:)`.
        if inBlock == 0 && count / Self.blockSize == storage.blocks.count {
            lastBlock = Storage.newBlock()
            storage.blocks.append(lastBlock.unsafelyUnwrapped)
        }
        (lastBlock.unsafelyUnwrapped + inBlock).initialize(to: review)
        count += 1
    }

    /// The blocks, shared by copies of a log until one of them appends.
    private final class Storage: @unchecked Sendable {
        /// Read for every review: unchecked, as the log's value semantics keep each storage
        /// to one writer.
        @exclusivity(unchecked) var blocks: [UnsafeMutablePointer<ReplayHistory.Review>] = []

        static func newBlock() -> UnsafeMutablePointer<ReplayHistory.Review> {
            HugePageMemory.allocate(byteCount: blockSize * MemoryLayout<ReplayHistory.Review>.stride)
                .bindMemory(to: ReplayHistory.Review.self, capacity: blockSize)
        }

        /// A copy of the first `count` reviews.
        func copy(count: Int) -> Storage {
            let copy = Storage()
            for (index, block) in blocks.enumerated() {
                let new = Self.newBlock()
                new.initialize(from: block, count: Swift.min(blockSize, count - index * blockSize))
                copy.blocks.append(new)
            }
            return copy
        }

        deinit {
            for block in blocks { UnsafeMutableRawPointer(block).deallocate() }
        }
    }
}
