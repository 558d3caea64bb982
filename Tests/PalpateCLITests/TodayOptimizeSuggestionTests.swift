import Foundation
import Progress
import Scheduling
import Testing

@testable import PalpateCLI

/// 2026-01-01T09:00:00Z.
private let morning = Date(timeIntervalSince1970: 1_767_258_000)
private let day: TimeInterval = 86_400

@Suite struct TodayOptimizeSuggestionTests {
    /// 120 cards of another course each reviewed twice, three days apart, ending before `end`.
    private func history(_ student: Student, end: Date) throws {
        let store = try student.store()
        defer { try? store.close() }
        let start = end.addingTimeInterval(-10 * day)
        var reviews: [NewReview] = []
        for index in 0..<120 {
            for time in [start, start.addingTimeInterval(3 * day)] {
                let schedule = CardSchedule(
                    phase: .review, step: nil, stability: 3, difficulty: 5,
                    due: time.addingTimeInterval(3 * day),
                    lastReview: time)
                reviews.append(
                    NewReview(
                        cardID: "old/q\(index)", sessionID: nil, reviewedAt: time, rating: .good,
                        schedule: schedule))
            }
        }
        try store.importReviews(reviews)
    }

    private func dashboard(_ student: Student, at now: Date) -> CLIRun {
        runPalpate(["--content", studyCourse.path, "--data-dir", student.data.path], now: now)
    }

    @Test func suggestedWithEnoughReviewsAndNotWithout() throws {
        let fresh = Student()
        #expect(!dashboard(fresh, at: morning).output.contains("palpate optimize"))
        let student = Student()
        try history(student, end: morning)
        let run = dashboard(student, at: morning)
        #expect(run.output.contains("  palpate optimize     fit FSRS to your 120 reviews\n"))
        #expect(run.output.components(separatedBy: "palpate optimize").count == 2)
    }

    @Test func notAgainForAMonthAfterAFit() throws {
        let student = Student()
        try history(student, end: morning)
        let store = try student.store()
        var weights = FSRSParameters.default.weights
        weights[0] = 0.5
        try store.applyParameters(
            try FSRSParameters(weights), origin: ParameterOrigin(fittedAt: morning), schedules: [:])
        try store.close()
        // The same cards again after the fit: both reviews of each came after their first learning.
        try history(student, end: morning.addingTimeInterval(20 * day))
        #expect(
            !dashboard(student, at: morning.addingTimeInterval(20 * day)).output.contains("palpate optimize"))
        #expect(
            dashboard(student, at: morning.addingTimeInterval(31 * day)).output.contains(
                "fit FSRS to your 240 reviews since your last fit on 2026-01-01"))
    }
}
