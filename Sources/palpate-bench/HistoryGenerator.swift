import Foundation
import Insights
import Progress
import Scheduling

/// A year of daily study, simulated with the real scheduler and written to a real store.
///
/// Each day one session: learning steps that fall due come back within it, new cards are
/// introduced evenly over the first 300 days, then the most overdue cards are reviewed (or, on
/// a light day, the next ones early) until the day's share of the reviews is done. Ratings are
/// drawn with a seeded SplitMix64: 10% Again, 15% Hard, 65% Good, 10% Easy.
struct HistoryGenerator {
    var cardIDs: [String]
    var reviews: Int
    var days = 365
    /// The history ends the day before this moment.
    var end: Date
    var seed: UInt64 = 2026

    /// Writes the history into a new store in `directory`, one transaction per day.
    func write(into directory: URL) throws {
        let store = try ProgressStore.open(
            directory: directory, now: end, timeZone: .gmt, makeDailyBackup: false)
        defer { try? store.close() }
        let plan = try StudyPlan(settings: StudentSettings(), timeZone: .gmt)
        let scheduler = plan.scheduler
        var random = SplitMix64(seed: seed)
        var schedules = [CardSchedule?](repeating: nil, count: cardIDs.count)
        var lastDay = [Int](repeating: -1, count: cardIDs.count)
        var introduced = 0
        var done = 0
        let introductionDays = min(days, 300)
        let first = end.addingTimeInterval(-Double(days) * 86_400)

        for day in 0..<days {
            let start = first.addingTimeInterval(Double(day) * 86_400)
            let budget = (reviews - done) / (days - day)
            let newToday = min(
                cardIDs.count - introduced,
                (cardIDs.count * (day + 1)) / introductionDays - introduced)
            var queue = (0..<introduced).sorted {
                (schedules[$0]?.dueInstant.microsecondsSince1970 ?? 0, $0)
                    < (schedules[$1]?.dueInstant.microsecondsSince1970 ?? 0, $1)
            }[...]
            var learning: [Int] = []
            var newLeft = max(0, newToday)
            var moment = start
            var today: [NewReview] = []
            let session = try store.startSession(kind: .review, at: start)

            while today.count < budget {
                let card: Int
                if let index = learning.firstIndex(where: { schedules[$0]!.due <= moment }) {
                    card = learning.remove(at: index)
                } else if newLeft > 0 {
                    card = introduced
                    introduced += 1
                    newLeft -= 1
                } else if let next = queue.popFirst() {
                    if lastDay[next] == day { continue }
                    card = next
                } else if let soonest = learning.indices.min(by: {
                    schedules[learning[$0]]!.due < schedules[learning[$1]]!.due
                }) {
                    moment = max(moment, schedules[learning[soonest]]!.due)
                    continue
                } else {
                    break
                }
                let rating = Self.rating(random.nextDouble())
                let before = schedules[card] ?? .new(due: moment)
                let outcome = scheduler.review(before, rating: rating, at: moment, random: &random)
                schedules[card] = outcome.schedule
                lastDay[card] = day
                if outcome.schedule.phase != .review { learning.append(card) }
                today.append(
                    NewReview(
                        cardID: cardIDs[card], sessionID: session, reviewedAt: moment, rating: rating,
                        schedule: outcome.schedule, correct: rating != .again,
                        durationMilliseconds: 4_000 + Int(random.next() % 8_000)))
                moment = moment.addingTimeInterval(12)
            }
            try store.importReviews(today)
            try store.finishSession(session, at: moment, score: nil)
            done += today.count
        }
    }

    private static func rating(_ draw: Double) -> Rating {
        switch draw {
        case ..<0.10: .again
        case ..<0.25: .hard
        case ..<0.90: .good
        default: .easy
        }
    }
}
