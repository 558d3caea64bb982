import Foundation
import Scheduling
import TextFormats

/// What adding a history from elsewhere did.
public struct HistoryImportCount: Sendable, Equatable {
    /// Reviews added to the log.
    public var added = 0
    /// Reviews the log already held (same card, same instant): an earlier import of the same file.
    public var alreadyKept = 0
    /// Cards whose state was worked out again.
    public var cards = 0
    /// Cards the imported reviews made leeches (lapses at the policy's threshold, not marked
    /// before): now marked and suspended, as a review here would have left them.
    public var leeches: [String] = []
}

extension ProgressStore {
    /// Adds reviews made elsewhere (Anki's review log, a replay CSV) to the log in ONE
    /// transaction, and works out each card's FSRS state again from its whole history, old and
    /// new, oldest first, as `palpate optimize --apply` does (the same scheduler steps and the
    /// same fuzz seed, the card id's hash).
    ///
    /// A review is keyed by its card and instant (to the microsecond): one the log holds already
    /// is not added again, so importing the same file twice adds nothing the second time. Each
    /// added row keeps the card's state before and after it, worked out in time order among the
    /// card's reviews; rows already there are left as they were. A card reset by "start over"
    /// counts only its reviews since then (its `reps`). Suspended, leech and buried marks stay;
    /// with `leeches`, a card whose lapses reach its threshold is marked a leech and suspended,
    /// as answering here would have done. Nothing is kept if anything fails.
    public func importHistory(
        _ reviews: [HistoryReview], scheduler: FSRSScheduler, leeches: LeechPolicy? = nil
    ) throws(StoreError) -> HistoryImportCount {
        try write {
            try database.execute("PRAGMA defer_foreign_keys = ON")
            var order: [String] = []
            var byCard: [String: [HistoryReview]] = [:]
            for review in reviews {
                if byCard[review.cardID] == nil { order.append(review.cardID) }
                byCard[review.cardID, default: []].append(review)
            }
            let selectTimes = try database.prepare(
                "SELECT reviewed_at, rating FROM reviews WHERE card_id = ? ORDER BY reviewed_at, id")
            let selectCard = try database.prepare(
                "SELECT \(CardState.columnList()) FROM cards WHERE card_id = ?")
            let insertReview = try database.prepare(Self.insertReviewSQL)
            let saveCard = try database.prepare(Self.saveCardSQL)
            var count = HistoryImportCount()
            for cardID in order {
                try selectTimes.bind([SQLValue(cardID)])
                var logged: [(time: Instant, rating: Rating, added: HistoryReview?)] = []
                var times: Set<Int64> = []
                while try selectTimes.step() {
                    let time = selectTimes.instant(0)
                    times.insert(time.microsecondsSince1970)
                    logged.append((time, Rating(rawValue: selectTimes.int(1)) ?? .good, nil))
                }
                var added: [HistoryReview] = []
                for review in byCard[cardID] ?? [] {
                    if times.insert(review.reviewedAt.microsecondsSince1970).inserted {
                        added.append(review)
                    } else {
                        count.alreadyKept += 1
                    }
                }
                guard !added.isEmpty else { continue }
                try selectCard.bind([SQLValue(cardID)])
                let stored =
                    try selectCard.step()
                    ? try CardState(cardID: cardID, statement: selectCard, from: 0) : nil
                let since = stored.map { logged.suffix($0.reps) } ?? []
                let merged = (Array(since) + added.map { ($0.reviewedAt, $0.rating, Optional($0)) })
                    .sorted { $0.time < $1.time }
                var random = SplitMix64(seed: StableHash.of(cardID.utf8))
                var state: CardState?
                for item in merged {
                    let schedule = scheduler.review(
                        state?.schedule ?? .new(due: item.time), rating: item.rating, at: item.time,
                        random: &random
                    ).schedule
                    let review = NewReview(
                        cardID: cardID, sessionID: nil, reviewedAt: item.time.date, rating: item.rating,
                        schedule: schedule, durationMilliseconds: item.added?.durationMilliseconds)
                    var after = CardState.after(review, before: state)
                    if let stored {
                        after.suspended = stored.suspended
                        after.leech = stored.leech
                        after.buriedUntil = stored.buriedUntil
                    }
                    if item.added != nil {
                        try insertReview.bind(Self.reviewRowValues(review, before: state, after: after))
                        while try insertReview.step() {}
                        count.added += 1
                    }
                    state = after
                }
                if var state {
                    if let leeches, leeches.isLeech(lapses: state.lapses), !state.leech {
                        state.leech = true
                        state.suspended = true
                        count.leeches.append(cardID)
                    }
                    try saveCard.bind([SQLValue(cardID)] + state.columnValues)
                    while try saveCard.step() {}
                    count.cards += 1
                }
            }
            return count
        }
    }
}
