import Foundation
import Testing

@testable import Scheduling

/// Replays every py-fsrs 6.3.2 fixture through `FSRSScheduler` and compares each review: state
/// and step exactly, numbers to a relative 1e-9, due times to the microsecond.
@Suite struct FSRSSchedulerKnownAnswerTests {
    /// Stability, difficulty and retrievability agree to this relative error (in practice they
    /// agree to the bit on Linux, where both sides call the same `pow`).
    static let tolerance = 1e-9

    @Test func manifestListsEveryConfiguration() throws {
        let names = try KnownAnswerFixtures.manifest().configs.map(\.name)
        for expected in [
            "defaults", "no_steps", "custom_steps", "retention_080", "retention_095", "maximum_interval_30",
            "custom_parameters", "fuzz", "carried_over", "real_history",
        ] {
            #expect(names.contains(expected))
        }
    }

    @Test(arguments: KnownAnswerFixtures.configs)
    func matchesPyFSRS(_ config: KnownAnswerFixtures.Config) throws {
        let scheduler = FSRSScheduler(options: try config.options())
        var random = SplitMix64(seed: config.fuzzSeed ?? 0)
        var cards: [String: CardSchedule] = [:]
        let rows = try KnownAnswerFixtures.rows(of: config)
        #expect(rows.count >= 600)
        var mismatches = 0
        for row in rows {
            let card = cards[row.card] ?? row.start ?? .new(due: row.review)
            let outcome = scheduler.review(card, rating: row.rating, at: row.review, random: &random)
            cards[row.card] = outcome.schedule
            let schedule = outcome.schedule
            let problems = [
                schedule.phase == row.phase ? nil : "state \(schedule.phase.name) != \(row.phase.name)",
                schedule.step == row.step
                    ? nil : "step \(String(describing: schedule.step)) != \(String(describing: row.step))",
                Self.close(schedule.stability, row.stability)
                    ? nil : "stability \(schedule.stability ?? .nan) != \(row.stability)",
                Self.close(schedule.difficulty, row.difficulty)
                    ? nil : "difficulty \(schedule.difficulty ?? .nan) != \(row.difficulty)",
                Self.sameRetrievability(outcome.retrievability, row.retrievability)
                    ? nil
                    : "retrievability \(String(describing: outcome.retrievability)) != \(String(describing: row.retrievability))",
                schedule.dueInstant == row.due ? nil : "due \(schedule.dueInstant) != \(row.due)",
            ].compactMap { $0 }
            if !problems.isEmpty {
                mismatches += 1
                if mismatches <= 5 {
                    Issue.record("\(config.file):\(row.line): \(problems.joined(separator: "; "))")
                }
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(rows.count) reviews differ from py-fsrs")
    }

    private static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance * abs(expected)
    }

    private static func sameRetrievability(_ actual: Double?, _ expected: Double?) -> Bool {
        guard let expected else { return actual == nil }
        return close(actual, expected)
    }
}
