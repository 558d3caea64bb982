#if canImport(Glibc)
    import CMalloc
#endif

/// How the process's allocator gives memory back, set once at start-up by the executables.
public enum MemoryPolicy {
    /// Blocks of 128 KB or more are taken from the system on their own and handed back when freed.
    ///
    /// glibc's allocator starts that way but raises the limit (up to 32 MB) each time such a
    /// block is freed; from then on large temporary buffers (a list of 50,000 card states while
    /// it grows, a deck's parsing window) are cut from the heap, and the room they leave stays
    /// counted in the process's memory: 10 MB of 106 MB when today's queue is built for 50,000
    /// cards. Setting the limit keeps it where it starts.
    public static func install() {
        #if canImport(Glibc)
            _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }
}
