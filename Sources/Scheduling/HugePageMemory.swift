#if canImport(Glibc)
    import Glibc
#endif

/// Memory for replay's large buffers (the text being written, the outcomes and the reviews
/// handed to the worker), aligned for huge pages and asked for them where the system gives them
/// on request (Linux's transparent huge pages in `madvise` mode).
///
/// Each first touch of a 4 KB page is a fault: on this project's test machine 0.4–0.5 ms a
/// megabyte, against 0.1 ms for the same megabyte in 2 MB pages.
enum HugePageMemory {
    static let alignment = 1 << 21

    /// `byteCount` bytes (at least one), to be freed with `deallocate()`: whole huge pages, as
    /// the system gives a huge page only to an aligned 2 MB that was asked for whole (the text
    /// space of 1.9 MB had taken 450 small pages).
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let rounded = wholePages(byteCount)
        let memory = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: alignment)
        #if canImport(Glibc)
            _ = madvise(memory, rounded, MADV_HUGEPAGE)
        #endif
        return memory
    }

    /// `byteCount` rounded up to whole huge pages (at least one).
    static func wholePages(_ byteCount: Int) -> Int {
        (max(byteCount, 1) + alignment - 1) / alignment * alignment
    }

    /// Makes the pages of `byteCount` bytes at `memory` (from `allocate`) present and writable
    /// without writing to them (Linux's `MADV_POPULATE_WRITE`, 5.14 and later; elsewhere
    /// nothing), so that another thread may be writing there meanwhile. The page faults and the
    /// zeroing are then paid by the thread that calls this, not by the one that writes first.
    static func populate(_ memory: UnsafeMutableRawPointer, byteCount: Int) {
        #if canImport(Glibc)
            // A kernel without it refuses (EINVAL): the pages then fault as they are written.
            _ = madvise(memory, byteCount, 23)  // MADV_POPULATE_WRITE
        #endif
    }
}
