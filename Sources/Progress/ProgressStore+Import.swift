import Foundation
import Scheduling

extension ProgressStore {
    /// Records many answered cards in ONE transaction: the same review rows, card states and
    /// session counts as calling `recordReview` for each in turn, at a fraction of the cost.
    ///
    /// For imports and for generating large stores (the benchmark builds a year of a million
    /// reviews this way): one commit instead of one per review, statements prepared once, and
    /// each card read and written once however often it is reviewed. Nothing is kept if any
    /// review fails (e.g. it names an unknown session).
    /// - Returns: how many reviews were recorded.
    @discardableResult
    public func importReviews(_ reviews: some Sequence<NewReview>) throws(StoreError) -> Int {
        try write {
            // Cards are written once, at the end: the log's foreign key is checked at COMMIT instead
            // of at each insert (the pragma lasts for this transaction only).
            try database.execute("PRAGMA defer_foreign_keys = ON")
            let insertReview = try database.prepare(Self.insertReviewSQL)
            let selectCard = try database.prepare(
                "SELECT \(CardState.columnList()) FROM cards WHERE card_id = ?")
            var cards: [String: CardState] = [:]
            var sessionCounts: [SessionID: (done: Int, correct: Int)] = [:]
            var count = 0
            for review in reviews {
                if let sessionID = review.sessionID {
                    if sessionCounts[sessionID] == nil {
                        try requireSession(sessionID)
                        sessionCounts[sessionID] = (0, 0)
                    }
                    sessionCounts[sessionID]!.done += 1
                    if review.correct == true { sessionCounts[sessionID]!.correct += 1 }
                }
                var before = cards[review.cardID]
                if before == nil {
                    try selectCard.bind([SQLValue(review.cardID)])
                    if try selectCard.step() {
                        before = try CardState(cardID: review.cardID, statement: selectCard, from: 0)
                    }
                }
                let after = CardState.after(review, before: before)
                try insertReview.bind(Self.reviewRowValues(review, before: before, after: after))
                while try insertReview.step() {}
                cards[review.cardID] = after
                count += 1
            }
            let saveCard = try database.prepare(Self.saveCardSQL)
            for card in cards.values {
                try saveCard.bind([SQLValue(card.cardID)] + card.columnValues)
                while try saveCard.step() {}
            }
            for (sessionID, counts) in sessionCounts {
                try database.execute(
                    "UPDATE sessions SET cards_done = cards_done + ?, correct = correct + ? WHERE id = ?",
                    [SQLValue(counts.done), SQLValue(counts.correct), SQLValue(sessionID.rawValue)])
            }
            return count
        }
    }
}
