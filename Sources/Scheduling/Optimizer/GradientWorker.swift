import Dispatch
import Foundation

/// A second thread that sums part of each batch's gradient through one training run.
///
/// Training takes one step per batch, about half a millisecond of work on the shared history,
/// and each step needs the one before it. Handed to the system's thread pool
/// (`concurrentPerform`) each step's second half gained nothing: on the project's 2-core test
/// VM a sleeping thread took about as long to wake as the half took to sum, and the run was no
/// faster than on one core. This thread spins between steps, looking for the next job, and
/// sleeps only after `patience` without one (when training has ended).
final class GradientWorker: @unchecked Sendable {
    /// How long the thread looks for a job before it sleeps.
    static let patience: UInt64 = 2_000_000

    /// Guards everything below.
    private let condition = NSCondition()
    private var job: (() -> Void)?
    private var jobDone = true
    private var sleeping = false
    private var stopping = false

    init() {
        let thread = Thread { [self] in work() }
        thread.start()
    }

    /// Runs `job` on the worker; `waitForJob()` waits for it to end.
    func start(_ job: @escaping () -> Void) {
        condition.lock()
        precondition(jobDone, "a gradient job started before the last one ended")
        self.job = job
        jobDone = false
        if sleeping { condition.broadcast() }
        condition.unlock()
    }

    /// Waits until the job last started has ended: spinning at first (the job is about as long
    /// as the caller's own share), then sleeping.
    func waitForJob() {
        let giveUp = DispatchTime.now().uptimeNanoseconds + Self.patience
        while true {
            condition.lock()
            if jobDone {
                condition.unlock()
                return
            }
            if DispatchTime.now().uptimeNanoseconds > giveUp {
                while !jobDone { condition.wait() }
                condition.unlock()
                return
            }
            condition.unlock()
            // Out of the lock for a moment, so that the worker can take it to say it is done.
            sched_yield()
        }
    }

    /// Ends the thread once its job (if any) is done.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        var idleSince = DispatchTime.now().uptimeNanoseconds
        condition.lock()
        while true {
            if let next = job {
                job = nil
                condition.unlock()
                next()
                condition.lock()
                jobDone = true
                condition.broadcast()
                idleSince = DispatchTime.now().uptimeNanoseconds
                continue
            }
            if stopping { break }
            if DispatchTime.now().uptimeNanoseconds - idleSince > Self.patience {
                sleeping = true
                condition.wait()
                sleeping = false
                idleSince = DispatchTime.now().uptimeNanoseconds
                continue
            }
            // Out of the lock for a moment, so that the other thread can take it to hand over a job.
            condition.unlock()
            sched_yield()
            condition.lock()
        }
        condition.unlock()
    }
}
