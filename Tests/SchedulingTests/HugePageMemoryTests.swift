import Testing

@testable import Scheduling

@Suite struct HugePageMemoryTests {
    /// Populating writes nothing: what another thread wrote there first is still there, so the
    /// worker may populate the pages the reader is already writing to.
    @Test func populatingKeepsWhatIsWritten() {
        let byteCount = 3 * HugePageMemory.alignment / 2
        let memory = HugePageMemory.allocate(byteCount: byteCount)
        defer { memory.deallocate() }
        #expect(Int(bitPattern: memory) % HugePageMemory.alignment == 0)
        let bytes = memory.bindMemory(to: UInt8.self, capacity: byteCount)
        // Every 4 KB page but the last of each huge page is written before; the rest after.
        let pages = stride(from: 0, to: byteCount, by: 4_096)
        for page in pages where page % HugePageMemory.alignment != HugePageMemory.alignment - 4_096 {
            bytes[page] = UInt8(truncatingIfNeeded: page / 4_096 &+ 1)
        }
        HugePageMemory.populate(memory, byteCount: byteCount)
        for page in pages where page % HugePageMemory.alignment != HugePageMemory.alignment - 4_096 {
            #expect(bytes[page] == UInt8(truncatingIfNeeded: page / 4_096 &+ 1))
        }
        // The pages not written before can be written after.
        for page in pages where page % HugePageMemory.alignment == HugePageMemory.alignment - 4_096 {
            bytes[page] = 7
            #expect(bytes[page] == 7)
        }
    }

    /// A huge page is given only to an aligned 2 MB asked for whole: every allocation is
    /// rounded up to whole huge pages.
    @Test func allocatesWholeHugePages() {
        let page = HugePageMemory.alignment
        #expect(HugePageMemory.wholePages(0) == page)
        #expect(HugePageMemory.wholePages(1) == page)
        #expect(HugePageMemory.wholePages(1_861_920) == page)
        #expect(HugePageMemory.wholePages(page) == page)
        #expect(HugePageMemory.wholePages(page + 1) == 2 * page)
        #expect(HugePageMemory.wholePages(5 * page / 2) == 3 * page)
    }
}
