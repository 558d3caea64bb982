import Foundation
import Testing

@testable import Scheduling

@Suite struct DailyQueueTests {
    let now = Date(timeIntervalSince1970: 1_736_330_400)  // 2025-01-08T10:00:00Z
    let utc = StudyCalendar(timeZone: .gmt)
    let scheduler = FSRSScheduler()

    private func minutes(_ count: Double) -> Date { now.addingTimeInterval(count * 60) }
    private func days(_ count: Double) -> Date { now.addingTimeInterval(count * 86_400) }

    private func newCard(_ id: String, deck: String = "d", deckOrder: Int = 0, order: Int = 0) -> QueueCard {
        QueueCard(
            id: "\(deck)/\(id)", deckID: deck, deckOrder: deckOrder, curriculumOrder: order, schedule: nil)
    }

    /// `card` answered once: no longer new, its first step due in a day (out of today's way).
    private func introduced(_ card: QueueCard) -> QueueCard {
        let schedule = CardSchedule(
            phase: .review, step: nil, stability: 3, difficulty: 5, due: days(3), lastReview: minutes(-1))
        return QueueCard(
            id: card.id, deckID: card.deckID, deckOrder: card.deckOrder,
            curriculumOrder: card.curriculumOrder,
            schedule: schedule)
    }

    private func learningCard(_ id: String, due: Date, phase: CardPhase = .learning) -> QueueCard {
        let schedule = CardSchedule(
            phase: phase, step: 0, stability: 1, difficulty: 5, due: due,
            lastReview: due.addingTimeInterval(-60))
        return QueueCard(id: "d/\(id)", deckID: "d", curriculumOrder: 0, schedule: schedule)
    }

    private func reviewCard(_ id: String, due: Date, stability: Double = 10, lastReview: Date? = nil)
        -> QueueCard
    {
        let schedule = CardSchedule(
            phase: .review, step: nil, stability: stability, difficulty: 5, due: due,
            lastReview: lastReview ?? due.addingTimeInterval(-10 * 86_400))
        return QueueCard(id: "d/\(id)", deckID: "d", curriculumOrder: 0, schedule: schedule)
    }

    private func queue(
        _ cards: [QueueCard], done: DailyCounts = DailyCounts(), limits: DailyLimits = DailyLimits(),
        at time: Date? = nil,
        calendar: StudyCalendar? = nil
    ) -> DailyQueue {
        DailyQueue(
            cards: cards, done: done, limits: limits, now: time ?? now, calendar: calendar ?? utc,
            scheduler: scheduler)
    }

    @Test func learningStepsThenReviewsThenNewCards() {
        let cards = [
            newCard("new"), reviewCard("review", due: days(-1)), learningCard("late", due: minutes(-1)),
            learningCard("early", due: minutes(-5), phase: .relearning),
        ]
        #expect(queue(cards).dueNow.map(\.id) == ["d/early", "d/late", "d/review", "d/new"])
        #expect(queue(cards).next == .show(cards[3], .learningDue))
    }

    @Test func mostForgottenReviewsComeFirst() {
        let cards = [
            reviewCard("fresh", due: days(0), stability: 50, lastReview: days(-2)),
            reviewCard("fading", due: days(-1), stability: 5, lastReview: days(-20)),
            reviewCard("middling", due: days(0), stability: 10, lastReview: days(-10)),
        ]
        #expect(queue(cards).reviews.map(\.id) == ["d/fading", "d/middling", "d/fresh"])
    }

    @Test func reviewsDueLaterTodayCountButTomorrowsDoNot() {
        // The study day runs to 04:00 UTC on 9 January.
        let cards = [
            reviewCard("tonight", due: minutes(17 * 60)), reviewCard("tomorrow", due: minutes(18 * 60 + 1)),
        ]
        #expect(queue(cards).reviews.map(\.id) == ["d/tonight"])
    }

    @Test func limitsCountWhatWasDoneToday() {
        let news = (0..<30).map { newCard("n\($0)", order: $0) }
        let reviews = (0..<10).map { reviewCard("r\($0)", due: days(-1)) }
        let fresh = queue(news + reviews, limits: DailyLimits(newCards: 20, reviews: 200))
        #expect(fresh.newCards.count == 20)
        #expect(fresh.reviews.count == 10)
        let later = queue(
            news + reviews, done: DailyCounts(newCardsIntroduced: 18, reviewsDone: 195),
            limits: DailyLimits(newCards: 20, reviews: 200))
        #expect(later.newCards.map(\.id) == ["d/n0", "d/n1"])
        #expect(later.reviews.count == 5)
    }

    @Test func learningCardsAreNeverHeldBackByLimits() {
        let cards = [
            learningCard("step", due: minutes(-1)), reviewCard("review", due: days(-1)), newCard("new"),
        ]
        let done = queue(cards, done: DailyCounts(newCardsIntroduced: 20, reviewsDone: 200))
        #expect(done.dueNow.map(\.id) == ["d/step"])
    }

    @Test func newCardsTakeTurnsAcrossDecksInCurriculumOrder() {
        // Decks come in their curriculum order (deckOrder), not by id: ethics is first here.
        let cards = [
            newCard("a3", deck: "anatomy", deckOrder: 1, order: 3),
            newCard("a1", deck: "anatomy", deckOrder: 1, order: 1),
            newCard("a2", deck: "anatomy", deckOrder: 1, order: 2),
            newCard("k1", deck: "kinesiology", deckOrder: 2, order: 1),
            newCard("e2", deck: "ethics", deckOrder: 0, order: 20),
            newCard("e1", deck: "ethics", deckOrder: 0, order: 10),
        ]
        #expect(
            queue(cards).newCards.map(\.id) == [
                "ethics/e1", "anatomy/a1", "kinesiology/k1", "ethics/e2", "anatomy/a2", "anatomy/a3",
            ])
        #expect(queue(cards, limits: DailyLimits(newCards: 4)).newCards.count == 4)
    }

    /// The session rebuilds the queue after every answer: the next new card must come from the
    /// next deck, not from the first deck again (the bug: a week of study from one deck only).
    @Test func eachRebuildAfterAnAnswerMovesTheTurnToTheNextDeck() {
        var cards = (0..<5).flatMap { deck in
            (0..<10).map { newCard("q\($0)", deck: "deck\(deck)", deckOrder: deck, order: $0) }
        }
        var shown: [String] = []
        for _ in 0..<12 {
            guard case .show(let card, .new) = queue(cards).next else {
                Issue.record("no new card")
                return
            }
            shown.append(card.id)
            cards[cards.firstIndex(of: card)!] = introduced(card)
        }
        #expect(
            shown == [
                "deck0/q0", "deck1/q0", "deck2/q0", "deck3/q0", "deck4/q0",
                "deck0/q1", "deck1/q1", "deck2/q1", "deck3/q1", "deck4/q1", "deck0/q2", "deck1/q2",
            ])
    }

    @Test func aHeldBackCardComesOnlyWhenNothingElseIsLeft() {
        let cards = [newCard("undone", order: 0), newCard("next", order: 1)]
        let built = queue(cards)
        #expect(built.next(holdingBack: ["d/undone"]) == .show(cards[1], .new))
        #expect(built.next(holdingBack: []) == .show(cards[0], .new))
        #expect(queue([cards[0]]).next(holdingBack: ["d/undone"]) == .show(cards[0], .new))
    }

    @Test func aDeckWithNoNewCardsLeftLosesItsTurnsToTheOthers() {
        let cards = [
            introduced(newCard("a1", deck: "a", deckOrder: 0)), newCard("b1", deck: "b", deckOrder: 1),
            newCard("b2", deck: "b", deckOrder: 1, order: 1), newCard("c1", deck: "c", deckOrder: 2),
        ]
        // One card studied: the turn is at the second of the two decks that still have new cards.
        #expect(queue(cards).newCards.map(\.id) == ["c/c1", "b/b1", "b/b2"])
    }

    @Test func suspendedAndBuriedCardsNeverAppear() {
        let suspended = QueueCard(
            id: "d/s", deckID: "d", curriculumOrder: 0, schedule: nil, isSuspended: true)
        let buried = QueueCard(
            id: "d/b", deckID: "d", curriculumOrder: 1, schedule: nil, buriedUntil: minutes(60))
        let unburied = QueueCard(
            id: "d/u", deckID: "d", curriculumOrder: 2, schedule: nil, buriedUntil: minutes(-1))
        let built = queue([suspended, buried, unburied])
        #expect(built.dueNow.map(\.id) == ["d/u"])
        #expect(queue([suspended]).next == .nothingScheduled)
        #expect(queue([buried]).next == .nothingUntil(minutes(60)))
    }

    /// A suspended card never becomes available, whatever its phase: nothing is scheduled, rather
    /// than "come back when it falls due".
    @Test func suspendedReviewAndLearningCardsAreNeverWaitedFor() {
        func suspending(_ card: QueueCard) -> QueueCard {
            QueueCard(
                id: card.id, deckID: card.deckID, curriculumOrder: card.curriculumOrder,
                schedule: card.schedule,
                isSuspended: true)
        }
        let review = reviewCard("review", due: days(1))
        let step = learningCard("step", due: minutes(30))
        #expect(queue([suspending(review), suspending(step)]).next == .nothingScheduled)
        #expect(queue([suspending(review), step]).next == .nothingUntil(minutes(30)))
        #expect(queue([suspending(reviewCard("due", due: days(-1)))]).dueNow.isEmpty)
    }

    @Test func learningStepComesEarlyWithinTheLearnAheadLimit() {
        let soon = learningCard("soon", due: minutes(15))
        #expect(queue([soon]).next == .show(soon, .learningAhead))
        let later = learningCard("later", due: minutes(25))
        #expect(queue([later]).next == .nothingUntil(minutes(25)))
        // Learning ahead waits while anything else is due.
        #expect(queue([soon, newCard("new")]).next == .show(newCard("new"), .new))
    }

    @Test func theNextCardIsTheEarliestReviewsStudyDayWhicheverOrderTheCardsComeIn() throws {
        let berlin = try StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, startHour: 4)
        let cards = [
            reviewCard("week", due: days(7)), reviewCard("soonest", due: days(2.7)),
            reviewCard("later", due: days(3.1)),
        ]
        let soonestDay = berlin.studyDay(containing: days(2.7)).start
        #expect(queue(cards, calendar: berlin).next == .nothingUntil(soonestDay))
        #expect(queue(cards.reversed(), calendar: berlin).next == .nothingUntil(soonestDay))
        // A review buried past its day's start comes when the burial ends, if that is sooner.
        let review = reviewCard("buried", due: days(1.2))
        func buried(until end: Date) -> QueueCard {
            QueueCard(
                id: review.id, deckID: "d", curriculumOrder: 0, schedule: review.schedule, buriedUntil: end)
        }
        #expect(queue(cards + [buried(until: days(1.5))], calendar: berlin).next == .nothingUntil(days(1.5)))
        #expect(queue(cards + [buried(until: days(3))], calendar: berlin).next == .nothingUntil(soonestDay))
        // Reviews due today held back by the limit come back tomorrow.
        let limited = queue(
            cards + [reviewCard("today", due: minutes(-30))], done: DailyCounts(reviewsDone: 200),
            calendar: berlin)
        #expect(limited.next == .nothingUntil(berlin.studyDay(containing: now).end))
    }

    @Test func saysWhenTheNextCardIsDueWhenNothingIsLeft() {
        let tomorrow = reviewCard("tomorrow", due: days(1.5))  // due 10 January, 22:00 UTC
        let dayStart = utc.studyDay(containing: days(1.5)).start
        #expect(queue([tomorrow]).next == .nothingUntil(dayStart))
        #expect(queue([]).next == .nothingScheduled)
        // New cards held back by today's limit come back when the next study day starts.
        let limited = queue([newCard("n")], done: DailyCounts(newCardsIntroduced: 20))
        #expect(limited.next == .nothingUntil(utc.studyDay(containing: now).end))
    }

    /// A short session: two new cards, one forgotten, coming back on its step.
    @Test func learningStepsComeBackWithinASession() throws {
        var cards = [newCard("a", order: 1), newCard("b", order: 2)]
        var done = DailyCounts()
        func answer(_ id: String, _ rating: Rating, at time: Date) {
            let index = cards.firstIndex { $0.id == id }!
            let card = cards[index]
            if card.isNew { done.newCardsIntroduced += 1 }
            let schedule = scheduler.review(card.schedule ?? .new(due: time), rating: rating, at: time)
                .schedule
            cards[index] = QueueCard(
                id: card.id, deckID: card.deckID, curriculumOrder: card.curriculumOrder, schedule: schedule)
        }
        func next(at time: Date) -> QueueNext {
            queue(cards, done: done, limits: DailyLimits(newCards: 2), at: time).next
        }

        guard case .show(let first, .new) = next(at: now) else {
            Issue.record("expected a new card")
            return
        }
        #expect(first.id == "d/a")
        answer("d/a", .again, at: now)  // back in one minute
        guard case .show(let second, .new) = next(at: minutes(0.1)) else {
            Issue.record("expected b")
            return
        }
        #expect(second.id == "d/b")
        answer("d/b", .good, at: minutes(0.5))  // next step in ten minutes
        // Nothing is due at 0:40: a's step (due at 1:00) comes early.
        guard case .show(let early, .learningAhead) = next(at: minutes(40.0 / 60)) else {
            Issue.record("expected a early")
            return
        }
        #expect(early.id == "d/a")
        // At 2:00 it is simply due.
        guard case .show(let due, .learningDue) = next(at: minutes(2)) else {
            Issue.record("expected a")
            return
        }
        #expect(due.id == "d/a")
        answer("d/a", .good, at: minutes(2))
        answer("d/b", .good, at: minutes(11))  // b graduates
        // a's second step is due at 12:00 and is within learn-ahead at 11:00; after it, nothing
        // until b's first review (at the start of its study day).
        #expect(next(at: minutes(11)) == .show(cards[0], .learningAhead))
        answer("d/a", .good, at: minutes(12))
        #expect(cards.allSatisfy { $0.schedule?.phase == .review })
        let firstReviewDay = cards.compactMap { $0.schedule?.due }.map { utc.studyDay(containing: $0).start }
            .min()
        #expect(next(at: minutes(12)) == firstReviewDay.map(QueueNext.nothingUntil))
        #expect(done.newCardsIntroduced == 2)
    }

    @Test func dueTodayFollowsTheStudentsStudyDayAcrossDaylightSaving() throws {
        let newYork = StudyCalendar(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        // 8 March 2025, 22:00 EST; the study day ends at 04:00 EDT on 9 March (08:00 UTC), 23 hours
        // after it began.
        let evening = try ISOTimestamp.parse("2025-03-09T03:00:00Z").date
        let cards = [
            reviewCard("before", due: try ISOTimestamp.parse("2025-03-09T07:59:00Z").date),
            reviewCard("after", due: try ISOTimestamp.parse("2025-03-09T08:00:00Z").date),
        ]
        let built = queue(cards, at: evening, calendar: newYork)
        #expect(built.reviews.map(\.id) == ["d/before"])
        #expect(built.next == .show(cards[0], .reviewDue))
    }

    @Test func cardWithAnUnreviewedScheduleCountsAsNew() {
        let card = QueueCard(id: "d/x", deckID: "d", curriculumOrder: 0, schedule: .new(due: days(-3)))
        #expect(card.isNew)
        #expect(queue([card]).newCards == [card])
    }
}
