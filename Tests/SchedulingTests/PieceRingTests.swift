import Foundation
import Testing

@testable import Scheduling

@Suite struct PieceRingTests {
    /// A second thread writes pieces while another writes and hands them on: every piece is
    /// written once, handed on in order, and written into its slot only once the piece before it
    /// there has been handed on. Each side is slowed in turn, so that the other fills the ring.
    /// A ring that deadlocks fails the test instead of hanging it.
    @Test(arguments: [(1, 1), (5, 3), (400, 4), (37, 16)], [false, true])
    func piecesAreHandedOnInOrderAndSlotsAreNotReusedEarly(shape: (count: Int, slots: Int), slowWriter: Bool)
    {
        let (count, slots) = shape
        let ring = PieceRing(count: count, slots: slots)
        let log = RingLog(slots: slots)
        Thread {
            while let piece = ring.claim() {
                if slowWriter { usleep(100) }
                log.write(piece)
                ring.finish(piece)
            }
        }.start()
        let handingOnEnded = DispatchSemaphore(value: 0)
        Thread {
            loop: while true {
                switch ring.next() {
                case .handOn(let piece):
                    if !slowWriter { usleep(100) }
                    log.handOn(piece)
                    ring.handedOn(piece)
                case .write(let piece):
                    log.write(piece)
                    ring.finish(piece)
                case .done:
                    break loop
                }
            }
            handingOnEnded.signal()
        }.start()
        guard handingOnEnded.wait(timeout: .now() + 30) == .success else {
            Issue.record("the ring deadlocked")
            return
        }
        #expect(ring.claim() == nil)
        #expect(log.handedOn == Array(0..<count))
        #expect(log.writes == count)
        #expect(log.slotsReusedEarly == [])
    }

    @Test func aRingOfNoPiecesIsDoneAtOnce() {
        let ring = PieceRing(count: 0, slots: 4)
        #expect(ring.next() == .done)
        #expect(ring.claim() == nil)
    }
}

/// What happened to the ring's pieces, recorded from both threads.
private final class RingLog: @unchecked Sendable {
    private let lock = NSLock()
    private let slots: Int
    private(set) var handedOn: [Int] = []
    private(set) var writes = 0
    /// Pieces written while the piece before them in their slot was not handed on yet.
    private(set) var slotsReusedEarly: [Int] = []

    init(slots: Int) { self.slots = slots }

    func write(_ piece: Int) {
        lock.lock()
        if piece >= slots && handedOn.count <= piece - slots { slotsReusedEarly.append(piece) }
        writes += 1
        lock.unlock()
    }

    func handOn(_ piece: Int) {
        lock.lock()
        handedOn.append(piece)
        lock.unlock()
    }
}
