import Foundation
import Testing

@testable import Scheduling

@Suite struct GradientWorkerTests {
    /// Jobs handed over one after another, with pauses longer than the worker's patience between
    /// some (so that it has gone to sleep and must be woken): each runs once, and `waitForJob`
    /// returns only after it has ended.
    @Test func eachJobRunsOnceAndIsWaitedFor() {
        let worker = GradientWorker()
        defer { worker.stop() }
        nonisolated(unsafe) var runs = [Int](repeating: 0, count: 40)
        for job in 0..<40 {
            if job % 10 == 9 { usleep(useconds_t(GradientWorker.patience / 1_000 * 2)) }
            worker.start {
                usleep(200)
                runs[job] += 1
            }
            worker.waitForJob()
            #expect(runs[job] == 1)
        }
        #expect(runs == [Int](repeating: 1, count: 40))
    }
}
