import Dispatch
import Foundation

/// A second thread that replay hands one job at a time: scheduling while the file is read,
/// then writing a batch's lines.
///
/// One thread of its own, not the global queue: two pool threads beside the scheduling thread
/// meant three threads for two cores, and the system kept both pool threads on one core while
/// the other idled. Keeping the two threads on a core each was tried too: with the worker busy
/// from the start the system places it well, and a pinned thread cannot move when its core is
/// taken, which made one replay in four take twice as long.
final class ReplayWorker: @unchecked Sendable {
    private let jobReady = DispatchSemaphore(value: 0)
    private let jobDone = DispatchSemaphore(value: 0)
    /// Set before `jobReady` is signalled (the semaphore orders the two threads' views of it);
    /// nil then tells the thread to end.
    private var job: (() -> Void)?

    init() {
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

    /// Ends the thread; call it with no job running.
    func finish() {
        job = nil
        jobReady.signal()
    }

    private func run() {
        while true {
            jobReady.wait()
            guard let job else { return }
            self.job = nil
            job()
            jobDone.signal()
        }
    }
}
