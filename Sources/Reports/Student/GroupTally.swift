import Decks
import Foundation
import Insights
import Progress
import Scheduling

/// Per-deck and per-tag figures: the cards as they stand now plus the period's reviews.
struct GroupTally {
    let catalog: CardCatalog
    let states: [String: CardState]
    let scheduler: FSRSScheduler
    let now: Date
    let log: LogTally
    /// Every weak question, worst first.
    let weak: [StudentReport.WeakQuestion]

    func decks(_ decks: [Deck]) -> [StudentReport.Group] {
        var cardsByDeck: [String: [String]] = [:]
        for id in catalog.order {
            if let deck = catalog[id]?.deck.id { cardsByDeck[deck, default: []].append(id) }
        }
        return decks.map { deck in
            let ids = cardsByDeck[deck.id] ?? []
            let counts = log.byDeck[deck.id]
            return group(
                name: deck.id, title: deck.title, cards: ids, reviews: counts?.reviews ?? 0,
                correct: counts?.correct ?? 0, retention: log.retention.byDeck[deck.id])
        }
    }

    func tags() -> [StudentReport.Group] {
        var cardsByTag: [String: [String]] = [:]
        for id in catalog.order {
            for tag in Set(catalog[id]?.question.tags ?? []) { cardsByTag[tag, default: []].append(id) }
        }
        return cardsByTag.keys.sorted().map { tag in
            let counts = log.byTag[tag]
            return group(
                name: tag, title: tag, cards: cardsByTag[tag] ?? [], reviews: counts?.reviews ?? 0,
                correct: counts?.correct ?? 0, retention: log.retention.byTag[tag])
        }
    }

    private func group(
        name: String, title: String, cards: [String], reviews: Int, correct: Int,
        retention: RetentionTally?
    ) -> StudentReport.Group {
        var seen = 0
        var mature = 0
        var recall = 0.0
        for id in cards {
            guard let state = states[id], !state.schedule.isNew else { continue }
            seen += 1
            if !state.suspended && CardCounts.isMature(state.schedule) { mature += 1 }
            recall += scheduler.retrievability(of: state.schedule, at: now)
        }
        let members = Set(cards)
        return StudentReport.Group(
            name: name, title: title, cardsTotal: cards.count, cardsSeen: seen, mature: mature,
            meanRetrievability: seen == 0 ? nil : recall / Double(seen), reviews: reviews, correct: correct,
            retention: retention?.rate, retentionReviews: retention?.reviews ?? 0,
            weakest: Array(
                weak.lazy.filter { members.contains($0.card) }.prefix(StudentReportBuilder.weakestPerGroup)))
    }
}
