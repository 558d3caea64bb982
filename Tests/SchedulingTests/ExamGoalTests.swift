import Foundation
import Testing

@testable import Scheduling

@Suite struct ExamGoalTests {
    private let scheduler = FSRSScheduler(options: .default)
    private let start = Date(timeIntervalSince1970: 1_772_352_000)  // 2026-03-01T08:00:00Z
    private var calendar: StudyCalendar { StudyCalendar(timeZone: TimeZone(identifier: "UTC")!) }

    private func goal(inDays days: Int, target: Double = 0.9) -> ExamGoal {
        let date = calendar.studyDay(containing: start).civilDay.adding(days: days)
        return ExamGoal(day: calendar.studyDay(on: date).start, date: date, target: target)
    }

    /// A card learnt at `start` with one Good, then reviewed Good at each due.
    private func card(goodReviews: Int) -> CardSchedule {
        var card = CardSchedule.new(due: start)
        var now = start
        for _ in 0..<goodReviews + 2 {
            card = scheduler.review(card, rating: .good, at: now).schedule
            now = card.due
        }
        return card
    }

    @Test func studyDayOnADateIsTheDayOfThatName() {
        let day = CivilDay(year: 2026, month: 3, day: 14)
        let studyDay = calendar.studyDay(on: day)
        #expect(studyDay.civilDay == day)
        #expect(studyDay.start == Date(timeIntervalSince1970: 1_773_460_800))  // 2026-03-14T04:00Z
    }

    @Test func aCardDueBeforeTheExamKeepsItsDue() {
        let card = card(goodReviews: 1)
        let exam = goal(inDays: 60)
        #expect(card.due < exam.day)
        #expect(scheduler.examDue(of: card, goal: exam) == card.due)
    }

    @Test func aCardThatStaysAboveTargetKeepsItsDue() {
        let card = card(goodReviews: 3)
        // An exam the day after its last review: recall is still near 1.
        let exam = goal(inDays: 0)
        let onDay = ExamGoal(
            day: card.lastReview!.addingTimeInterval(86_400), date: exam.date, target: 0.9)
        #expect(scheduler.examDue(of: card, goal: onDay) == card.due)
    }

    @Test func aCardThatWouldFallBelowTargetIsBroughtForwardAndIsAboveTargetOnTheDay() throws {
        for reviews in 1...5 {
            for target in [0.85, 0.9, 0.95] {
                var card = card(goodReviews: reviews)
                let last = try #require(card.lastReview)
                let exam = ExamGoal(
                    day: calendar.studyDay(containing: card.due.addingTimeInterval(-3_600)).start,
                    date: CivilDay(year: 2030, month: 1, day: 1), target: target)
                #expect(card.due >= exam.day)
                let due = scheduler.examDue(of: card, goal: exam)
                guard scheduler.retrievability(of: card, at: exam.day) < target else {
                    // Above the target on the day without a review: the FSRS due stands.
                    #expect(due == card.due)
                    continue
                }
                #expect(due <= card.due)
                #expect(due <= exam.day.addingTimeInterval(-86_400))
                #expect(due > last)
                // Reviewed on the brought-forward day (whatever the rating but Again, the
                // card's recall was at least the target then), and again whenever exam mode
                // brings it forward, it is above the target on the day.
                var now = due
                while now < exam.day {
                    #expect(scheduler.retrievability(of: card, at: now) >= target - 1e-9)
                    card = scheduler.review(card, rating: .good, at: now).schedule
                    now = scheduler.examDue(of: card, goal: exam)
                }
                #expect(scheduler.retrievability(of: card, at: exam.day) >= target)
            }
        }
    }

    @Test func afterTheExamNothingChanges() {
        let card = card(goodReviews: 2)
        let past = ExamGoal(day: card.lastReview!.addingTimeInterval(-86_400), date: CivilDay(ordinal: 0))
        #expect(scheduler.examDue(of: card, goal: past) == card.due)
    }

    @Test func intakeSpreadsNewCardsToTheDeadline() {
        let exam = goal(inDays: 37)  // deadline 30 days from today
        let today = calendar.studyDay(containing: start).civilDay
        let plan = exam.intake(newCards: 240, today: today, ceiling: 20)
        #expect(plan.daysLeft == 30)
        #expect(plan.perDay == 8)
        #expect(plan.stillNew == 0)
        #expect(plan.deadline == today.adding(days: 30))
    }

    @Test func intakeSaysHowFarTheCeilingFallsShort() {
        let exam = goal(inDays: 17)  // 10 days to the deadline
        let today = calendar.studyDay(containing: start).civilDay
        let plan = exam.intake(newCards: 237, today: today, ceiling: 20)
        #expect(plan.perDay == 20)
        #expect(plan.stillNew == 37)
        #expect(plan.needed == 24)
    }

    @Test func pastTheDeadlineEveryCardLeftIsDueToday() {
        let exam = goal(inDays: 3)
        let today = calendar.studyDay(containing: start).civilDay
        let plan = exam.intake(newCards: 50, today: today, ceiling: 20)
        #expect(plan.daysLeft == 1)
        #expect(plan.perDay == 20)
        #expect(plan.stillNew == 30)
        // Never a deadline already gone (it said four days ago).
        #expect(plan.deadline == today)
        #expect(plan.isWithinLead)
        #expect(!goal(inDays: 37).intake(newCards: 240, today: today, ceiling: 20).isWithinLead)
    }
}
