import CThreadPlacement

/// Two cores for replay's two threads, each thread kept on its own while the replay runs.
///
/// Left to the system, a worker woken by the scheduling thread was put on the scheduling
/// thread's core and waited there for up to 2.5 ms at a time while the other core sat idle
/// (seen with `perf sched` on a two-core Linux machine). Where the system cannot say which
/// cores there are (not Linux, or only one core allowed), threads are left where they are.
struct CorePlacement {
    /// The calling thread's cores before, given back by `release()`.
    private let original: palpate_core_set
    /// The core the calling (scheduling) thread is kept on, and the worker's.
    let caller: Int32
    let worker: Int32

    /// Keeps the calling thread on the core it runs on and picks the next core it may use for
    /// the worker; nil where there is no second core (nothing is changed then).
    static func keepCallerAndPickWorker() -> CorePlacement? {
        var allowed = palpate_core_set()
        guard palpate_allowed_cores(&allowed) == 0 else { return nil }
        let current = palpate_current_core()
        let size = palpate_core_set_size()
        guard current >= 0, current < size, palpate_core_set_has(&allowed, current) != 0 else { return nil }
        // The next allowed core after this one, wrapping round.
        let others = (1..<size).lazy.map { (current + $0) % size }
        guard let worker = others.first(where: { palpate_core_set_has(&allowed, $0) != 0 }),
            palpate_keep_thread_on_core(current) == 0
        else { return nil }
        return CorePlacement(original: allowed, caller: current, worker: worker)
    }

    /// The cores the calling thread may run on, in order; empty where the system cannot say.
    static func allowedCores() -> [Int32] {
        var allowed = palpate_core_set()
        guard palpate_allowed_cores(&allowed) == 0 else { return [] }
        return (0..<palpate_core_set_size()).filter { palpate_core_set_has(&allowed, $0) != 0 }
    }

    /// Keeps the calling thread (the worker) on the worker's core.
    func keepWorker() { _ = palpate_keep_thread_on_core(worker) }

    /// Lets the calling thread run on the cores it could before.
    func release() {
        var original = original
        _ = palpate_keep_thread_on(&original)
    }
}
