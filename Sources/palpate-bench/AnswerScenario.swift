import Foundation
import Insights
import Progress
import Scheduling

/// Answering one card in process: schedule it and commit the review (one fsynced transaction),
/// then read the card back, as a review session does for every answer. Each sample is one answer.
struct AnswerScenario: InProcessScenario {
    var cards = 50_000
    var reviews = 1_000_000

    var name: String { "answer" }
    var size: String { "\(Format.count(Double(cards))) cards, \(Format.count(Double(reviews))) reviews" }
    var target: Target { .under(milliseconds: 5) }
    var work: Work { Work(count: 1, unit: "answers/s") }

    func repetitions(quick: Bool) -> Int { quick ? 50 : 200 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let study = try inputs.study(cards: cards, reviews: reviews)
        return .inProcess(arguments: [study.content.path, study.data.path])
    }

    func measure(arguments: [String], repetitions: Int) throws -> [Double] {
        let (catalog, data) = try StudyFixture.load(arguments, expectedCards: cards)
        let holder = SessionHolder(pid: getpid(), host: "bench", startedAt: Inputs.now, timeZone: .gmt)
        let store = try ProgressStore.open(
            directory: data, now: Inputs.now, timeZone: .gmt, sessionHolder: holder)
        defer { try? store.close() }
        let plan = try StudyPlan(settings: try store.settings(), timeZone: .gmt)
        let due = try plan.queue(catalog: catalog, store: store, now: Inputs.now).dueNow
        guard !due.isEmpty else { throw BenchError("the generated store has no cards due") }
        let session = try store.startSession(kind: .review, at: Inputs.now)
        var random = SplitMix64(seed: 42)
        return try (0..<repetitions).map { index in
            let card = due[index % due.count]
            let now = Inputs.now.addingTimeInterval(Double(index) * 10)
            let rating: Rating = random.nextDouble() < 0.1 ? .again : .good
            return try Stopwatch.milliseconds {
                let state = try store.cardState(id: card.id)
                let schedule = state?.schedule ?? .new(due: now)
                let outcome = plan.scheduler.review(schedule, rating: rating, at: now, random: &random)
                try store.recordReview(
                    NewReview(
                        cardID: card.id, sessionID: session, reviewedAt: now, rating: rating,
                        schedule: outcome.schedule, correct: rating != .again, durationMilliseconds: 5_000))
                _ = try store.cardState(id: card.id)
            }
        }
    }
}
