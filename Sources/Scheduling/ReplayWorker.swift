import Dispatch
import Foundation

/// A second thread that replay hands one job at a time (writing a batch's lines), on a core of
/// its own where the system lets us choose (`CorePlacement`).
///
/// One thread, not the global queue: two pool threads beside the scheduling thread meant three
/// threads for two cores, and the pool's threads ended up sharing one core.
final class ReplayWorker: @unchecked Sendable {
    private let jobReady = DispatchSemaphore(value: 0)
    private let jobDone = DispatchSemaphore(value: 0)
    /// Set before `jobReady` is signalled (the semaphore orders the two threads' views of it);
    /// nil then tells the thread to end.
    private var job: (() -> Void)?
    private let placement: CorePlacement?

    init() {
        placement = CorePlacement.keepCallerAndPickWorker()
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Runs `job` on the worker; the next `start` must wait for it (`waitForJob()`).
    func start(_ job: @escaping () -> Void) {
        self.job = job
        jobReady.signal()
    }

    /// Waits until the job last started has finished.
    func waitForJob() { jobDone.wait() }

    /// Ends the thread and lets the calling thread run anywhere again; call it on the thread
    /// that made the worker, with no job running.
    func finish() {
        job = nil
        jobReady.signal()
        placement?.release()
    }

    private func run() {
        placement?.keepWorker()
        while true {
            jobReady.wait()
            guard let job else { return }
            self.job = nil
            job()
            jobDone.signal()
        }
    }
}
