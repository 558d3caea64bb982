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

    /// `byteCount` bytes (at least one), to be freed with `deallocate()`.
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: alignment)
        #if canImport(Glibc)
            _ = madvise(memory, byteCount, MADV_HUGEPAGE)
        #endif
        return memory
    }
}
