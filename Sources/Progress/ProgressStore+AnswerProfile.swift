import Foundation

/// How a student answers, read from their review log: for the workload simulator.
public struct AnswerProfile: Sendable, Equatable {
    /// Answers with a plausible recorded duration, and their mean in seconds (`nil` without any).
    public var timedAnswers: Int
    public var meanSeconds: Double?
    /// How many first answers of a card got Again, Hard, Good and Easy.
    public var firstRatings: [Int]
    /// How many answers of graduated cards, when not forgotten, got Hard, Good and Easy.
    public var recalledRatings: [Int]

    public init(timedAnswers: Int, meanSeconds: Double?, firstRatings: [Int], recalledRatings: [Int]) {
        self.timedAnswers = timedAnswers
        self.meanSeconds = meanSeconds
        self.firstRatings = firstRatings
        self.recalledRatings = recalledRatings
    }
}

extension ProgressStore {
    /// Answers longer than this are left out of the mean time: the student walked away.
    public static let longestTimedAnswer: TimeInterval = 300

    /// The student's answer times and rating habits over their whole review log.
    public func answerProfile() throws(StoreError) -> AnswerProfile {
        try perform {
            let timing =
                try database.queryFirst(
                    "SELECT count(duration_ms), avg(duration_ms) FROM reviews WHERE duration_ms > 0 AND duration_ms <= ?",
                    [SQLValue(Int64(Self.longestTimedAnswer * 1000))]
                ) { ($0.int(0), $0.optionalDouble(1)) } ?? (0, nil)
            var first = [0, 0, 0, 0]
            for (rating, count) in try database.query(
                "SELECT rating, count(*) FROM reviews WHERE before_last_review IS NULL GROUP BY rating", []
            ) { ($0.int(0), $0.int(1)) } where (1...4).contains(rating) {
                first[rating - 1] = count
            }
            var recalled = [0, 0, 0]
            for (rating, count) in try database.query(
                "SELECT rating, count(*) FROM reviews WHERE before_phase = 'review' AND rating > 1 GROUP BY rating",
                []
            ) { ($0.int(0), $0.int(1)) } where (2...4).contains(rating) {
                recalled[rating - 2] = count
            }
            return AnswerProfile(
                timedAnswers: timing.0, meanSeconds: timing.1.map { $0 / 1000 }, firstRatings: first,
                recalledRatings: recalled)
        }
    }
}
