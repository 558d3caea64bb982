import Foundation
import Scheduling

/// The FSRS scheduler alone, in memory: 10,000 cards each reviewed at its due time, 1,000
/// times over, with seeded ratings and fuzz on (as students' schedules have it).
struct FSRSCoreScenario: InProcessScenario {
    var reviews = 10_000_000
    var cards = 10_000

    var name: String { "fsrs-core" }
    var size: String { "\(Format.count(Double(reviews))) reviews" }
    var target: Target { .over(perSecond: 10_000_000, unit: "reviews/s") }
    var work: Work { Work(count: Double(reviews), unit: "reviews/s") }

    func repetitions(quick: Bool) -> Int { quick ? 2 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner { .inProcess(arguments: []) }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        let scheduler = FSRSScheduler(
            options: try SchedulerOptions(
                parameters: .default, desiredRetention: 0.9, learningSteps: [60, 600],
                relearningSteps: [600], maximumInterval: 36_500, fuzzEnabled: true))
        var checksum = 0.0
        let samples = Stopwatch.samples(repetitions) {
            var random = SplitMix64(seed: 10)
            let start = Instant(Inputs.now)
            var schedules = [CardSchedule](repeating: .new(due: start), count: cards)
            for index in 0..<reviews {
                let card = index % cards
                let draw = random.nextDouble()
                let rating: Rating = draw < 0.1 ? .again : draw < 0.25 ? .hard : draw < 0.9 ? .good : .easy
                let schedule = schedules[card]
                schedules[card] =
                    scheduler.review(schedule, rating: rating, at: schedule.dueInstant, random: &random)
                    .schedule
            }
            checksum += schedules.reduce(0) { $0 + ($1.stability ?? 0) }
        }
        Log.note("fsrs-core: checksum \(checksum)")
        return samples
    }
}
