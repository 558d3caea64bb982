import Foundation
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreAnswerProfileTests {
    @Test func timesAndRatingHabitsComeFromTheLog() throws {
        let store = try ProgressStore.inMemory()
        let times = (0..<6).map { may1 + days(Double($0)) }
        // Card a: new (Good), a step (Good), graduated and recalled (Easy), then forgotten (Again).
        let steps: [(Rating, CardSchedule, Int?)] = [
            (.good, learningSchedule(at: times[0], step: 1, wait: 600), 1_000),
            (.good, reviewSchedule(at: times[1], interval: days(1)), 2_000),
            (.easy, reviewSchedule(at: times[2], interval: days(1)), 3_000),
            (.again, learningSchedule(at: times[3], step: 0, wait: 600), 400_000),
        ]
        for (index, (rating, schedule, duration)) in steps.enumerated() {
            try store.recordReview(
                NewReview(
                    cardID: "a", sessionID: nil, reviewedAt: times[index], rating: rating, schedule: schedule,
                    durationMilliseconds: duration))
        }
        try store.recordReview(
            NewReview(
                cardID: "b", sessionID: nil, reviewedAt: times[4], rating: .hard,
                schedule: learningSchedule(at: times[4], step: 0, wait: 60)))
        let profile = try store.answerProfile()
        // The 400-second answer is left out: the student walked away.
        #expect(profile.timedAnswers == 3)
        #expect(profile.meanSeconds == 2)
        #expect(profile.firstRatings == [0, 1, 1, 0])
        #expect(profile.recalledRatings == [0, 0, 1])
    }

    @Test func anEmptyLogHasNoMeanTime() throws {
        let profile = try ProgressStore.inMemory().answerProfile()
        #expect(
            profile
                == AnswerProfile(
                    timedAnswers: 0, meanSeconds: nil, firstRatings: [0, 0, 0, 0], recalledRatings: [0, 0, 0])
        )
    }
}
