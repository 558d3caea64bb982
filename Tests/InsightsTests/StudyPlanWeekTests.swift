import Content
import Foundation
import Scheduling
import Testing

@testable import Insights
@testable import Progress

/// A week of study of the bundled course as the scheduler lives it: every card shown is answered
/// Good, the queue rebuilt after each answer, as a review session does.
@Suite struct StudyPlanWeekTests {
    private let bundledRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The deck of each new card introduced, in order, over `days` study days.
    private func newCardDecks(days count: Int) throws -> (decks: [String], library: ContentLibrary) {
        let library = ContentLibrary.load(root: bundledRoot, displayBase: bundledRoot)
        let catalog = CardCatalog(library: library)
        let plan = try StudyPlan(settings: StudentSettings(), timeZone: TimeZone(secondsFromGMT: 0)!)
        var states: [String: CardState] = [:]
        var introducedDecks: [String] = []
        for day in 0..<count {
            var now = monday.addingTimeInterval(days(Double(day)))
            let end = plan.calendar.studyDay(containing: now).end
            var newToday = 0
            var reviewsToday = 0
            var random = SplitMix64(seed: UInt64(day))
            while now < end {
                let queue = plan.queue(
                    catalog: catalog, states: states.values,
                    studied: StudyCounts(newCards: newToday, reviews: reviewsToday, total: 0), now: now)
                guard case .show(let card, let reason) = queue.next else {
                    guard case .nothingUntil(let next) = queue.next, next < end else { break }
                    now = next
                    continue
                }
                if reason == .new {
                    introducedDecks.append(card.deckID)
                    newToday += 1
                } else if card.schedule?.phase == .review {
                    reviewsToday += 1
                }
                let schedule = states[card.id]?.schedule ?? .new(due: now)
                let outcome = plan.scheduler.review(schedule, rating: .good, at: now, random: &random)
                states[card.id] = CardState(cardID: card.id, schedule: outcome.schedule, reps: 1)
                now = now.addingTimeInterval(20)
            }
        }
        return (introducedDecks, library)
    }

    @Test func newCardsFollowTheCurriculumAndEveryDeckTakesItsTurn() throws {
        let (decks, library) = try newCardDecks(days: 7)
        let curriculum = library.decks.map(\.id)
        #expect(curriculum.count >= 5)
        // The first cards of a fresh store: one from each deck, in the curriculum's deck order.
        #expect(Array(decks.prefix(curriculum.count)) == curriculum)
        // A week at 20 new cards a day introduces 140, shared out evenly between the decks
        // (a deck that runs out leaves its turns to the others).
        #expect(decks.count == 140)
        let perDeck = Dictionary(grouping: decks, by: { $0 }).mapValues(\.count)
        let sizes = Dictionary(uniqueKeysWithValues: library.decks.map { ($0.id, $0.questions.count) })
        let unfinished = curriculum.filter { (perDeck[$0] ?? 0) < sizes[$0]! }
        let counts = unfinished.map { perDeck[$0] ?? 0 }
        #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "\(perDeck)")
        for deck in curriculum {
            #expect((perDeck[deck] ?? 0) >= min(sizes[deck]!, 19), "\(deck): \(perDeck)")
        }
    }
}
