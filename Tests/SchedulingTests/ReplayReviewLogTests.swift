import Testing

@testable import Scheduling

@Suite struct ReplayReviewLogTests {
    private static func review(_ number: Int) -> ReplayHistory.Review {
        ReplayHistory.Review(
            id: Int32(number % 1_000), rating: Rating(rawValue: number % 4 + 1) ?? .good,
            time: Instant(microsecondsSince1970: Int64(number) * 1_000_003))
    }

    @Test func blockHoldsAsManyAsAHugePage() {
        let stride = MemoryLayout<ReplayHistory.Review>.stride
        #expect(ReplayReviewLog.blockSize * stride <= HugePageMemory.alignment)
        #expect((ReplayReviewLog.blockSize + 1) * stride > HugePageMemory.alignment)
    }

    /// Past two block boundaries, every review reads back in file order, one at a time and in
    /// runs that cross the boundaries.
    @Test func readsBackAcrossBlocks() {
        var log = ReplayReviewLog()
        let total = 2 * ReplayReviewLog.blockSize + 1_234
        for number in 0..<total { log.append(Self.review(number)) }
        #expect(log.count == total)
        #expect(log.indices.allSatisfy { log[$0] == Self.review($0) })
        let boundary = ReplayReviewLog.blockSize
        for range in [0..<total, (boundary - 3)..<(boundary + 5), (2 * boundary)..<total, 17..<17] {
            var seen: [ReplayHistory.Review] = []
            var offsets: [Int] = []
            log.forEachRun(in: range) { run, offset in
                offsets.append(offset)
                #expect(offset == seen.count)
                seen += run
            }
            #expect(seen == range.map(Self.review), "\(range)")
            #expect(offsets.count == Set(range.map { $0 / boundary }).count, "\(range)")
        }
    }

    /// A log started in a block made beforehand (the one the worker makes present while the
    /// file starts to be read) writes its first reviews there, then grows block by block as any.
    @Test func startsInTheBlockItIsGiven() {
        let block = ReplayReviewLog.newBlock()
        HugePageMemory.populate(UnsafeMutableRawPointer(block), byteCount: ReplayReviewLog.blockBytes)
        var log = ReplayReviewLog(firstBlock: block)
        #expect(log.isEmpty)
        let total = ReplayReviewLog.blockSize + 10
        for number in 0..<total { log.append(Self.review(number)) }
        #expect(block[0] == Self.review(0))
        #expect(block[ReplayReviewLog.blockSize - 1] == Self.review(ReplayReviewLog.blockSize - 1))
        #expect(log.indices.allSatisfy { log[$0] == Self.review($0) })
        var runs = 0
        log.forEachRun(in: 0..<total) { run, offset in
            if offset == 0 { #expect(run.baseAddress == UnsafePointer(block)) }
            runs += 1
        }
        #expect(runs == 2)
    }

    /// A copy and the log it was copied from grow apart: each keeps what it held and what was
    /// appended to it alone.
    @Test func copyAndOriginalGrowApart() {
        var log = ReplayReviewLog()
        for number in 0..<10 { log.append(Self.review(number)) }
        var copy = log
        for number in 10..<(ReplayReviewLog.blockSize + 10) { log.append(Self.review(number)) }
        copy.append(Self.review(999_999))
        #expect(copy.count == 11)
        #expect(Array(copy) == (0..<10).map(Self.review) + [Self.review(999_999)])
        #expect(log[10] == Self.review(10))
        #expect(log[ReplayReviewLog.blockSize + 9] == Self.review(ReplayReviewLog.blockSize + 9))
    }
}
