import Decks
import Foundation
import Insights
import Progress
import Scheduling

/// Recording an answer: the scheduler's outcome, committed at once, and what the student is told.
extension ReviewSession {
    func record(
        _ card: QueueCard, rating: Rating, answer: String, correct isCorrect: Bool?, shownAt: Date,
        answeredAt: Date
    ) throws {
        let now = app.context.clock()
        if sessionID == nil { sessionID = try store.startSession(kind: .review, at: startedAt) }
        let schedule = states[card.id]?.schedule ?? card.schedule ?? CardSchedule.new(due: now)
        var generator = SplitMix64(
            seed: UInt64(bitPattern: Instant(now).microsecondsSince1970) ^ stableHash(card.id))
        let outcome = plan.scheduler.review(schedule, rating: rating, at: now, random: &generator)
        let milliseconds = max(0, Int((answeredAt.timeIntervalSince(shownAt) * 1000).rounded()))
        let record = try store.recordReview(
            NewReview(
                cardID: card.id, sessionID: sessionID, reviewedAt: now, rating: rating,
                schedule: outcome.schedule,
                answer: answer, correct: isCorrect, durationMilliseconds: milliseconds))
        tally.add(
            SessionTally.Answer(
                cardID: card.id, deckTitle: catalog[card.id]?.deck.title ?? card.deckID,
                isRight: RightAnswer.counts(correct: isCorrect, rating: rating),
                isFirstReview: record.isFirstReview))
        heldBack[card.id] = nil
        let verdict = plan.leeches.verdict(
            lapses: record.before?.lapses ?? 0, before: record.before?.schedule, rating: rating)
        if verdict.becameLeech
            || (plan.leeches.isLeech(lapses: record.after.lapses) && !(record.before?.leech ?? false))
        {
            try store.markLeech(cardID: card.id, suspend: true, now: now)
            let lesson = catalog[card.id]?.question.lesson ?? .unlinked
            // A card whose question links no lesson (an imported deck) has nothing to reread.
            let reread =
                lesson.isUnlinked
                ? "Bring it back with: palpate restore \(card.id)"
                : "Reread: palpate read \(lesson) — then bring it back with: palpate restore \(card.id)"
            app.print(
                lines: wrapper.wrap(
                    "This card has been forgotten \(record.after.lapses) times, so it is suspended as a leech. "
                        + reread,
                    apply: app.style.yellow))
        }
        try reload(card.id)
        app.print(app.style.dim("Next review: \(formatMoment(outcome.schedule.due, now: now))."))
    }

    func reload(_ cardID: String) throws {
        states[cardID] = try store.cardState(id: cardID)
    }
}
