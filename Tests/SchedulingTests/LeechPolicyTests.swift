import Foundation
import Testing

@testable import Scheduling

@Suite struct LeechPolicyTests {
    let inReview = CardSchedule(
        phase: .review, step: nil, stability: 3, difficulty: 8, due: Date(timeIntervalSince1970: 0),
        lastReview: nil)

    @Test func theEighthLapseMakesALeech() throws {
        let policy = try LeechPolicy()
        let verdict = policy.verdict(lapses: 7, before: inReview, rating: .again)
        #expect(verdict == .init(lapses: 8, wasLapse: true, isLeech: true, becameLeech: true))
        let later = policy.verdict(lapses: 8, before: inReview, rating: .again)
        #expect(later.isLeech && !later.becameLeech)
    }

    @Test func onlyForgettingAGraduatedCardIsALapse() throws {
        let policy = try LeechPolicy()
        var relearning = inReview
        relearning.phase = .relearning
        #expect(!policy.verdict(lapses: 7, before: relearning, rating: .again).wasLapse)
        #expect(!policy.verdict(lapses: 7, before: nil, rating: .again).wasLapse)
        #expect(
            policy.verdict(lapses: 7, before: inReview, rating: .hard)
                == .init(
                    lapses: 7, wasLapse: false, isLeech: false, becameLeech: false))
    }

    @Test func thresholdIsConfigurable() throws {
        let policy = try LeechPolicy(threshold: 3)
        #expect(policy.verdict(lapses: 2, before: inReview, rating: .again).becameLeech)
        #expect(!policy.isLeech(lapses: 2))
        #expect(throws: LeechPolicy.InvalidThreshold(threshold: 0)) { try LeechPolicy(threshold: 0) }
    }
}
