import Foundation
import Scheduling

extension StudentReport {
    public struct DueDay: Sendable, Equatable {
        /// `YYYY-MM-DD`, the study day.
        public var day: String
        public var due: Int

        public init(day: String, due: Int) {
            self.day = day
            self.due = due
        }
    }

    public struct ActivityDay: Sendable, Equatable {
        public var day: String
        public var reviews: Int
        public var correct: Int
        public var seconds: Double

        public init(day: String, reviews: Int, correct: Int, seconds: Double) {
            self.day = day
            self.reviews = reviews
            self.correct = correct
            self.seconds = seconds
        }
    }

    /// One line of the review log.
    public struct ReviewEntry: Sendable, Equatable {
        public var at: Date
        public var card: String
        public var rating: Rating
        /// What the student typed, as typed (a letter refers to the shuffled order shown then).
        public var answer: String?
        /// `nil` for self-graded cards.
        public var correct: Bool?
        public var seconds: Double?

        public init(at: Date, card: String, rating: Rating, answer: String?, correct: Bool?, seconds: Double?)
        {
            self.at = at
            self.card = card
            self.rating = rating
            self.answer = answer
            self.correct = correct
            self.seconds = seconds
        }
    }
}
