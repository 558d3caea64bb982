import Foundation

extension StudentReport {
    /// A practice exam as recorded: score, verdict and where the marks were lost.
    public struct Exam: Sendable, Equatable {
        public var startedAt: Date
        public var finishedAt: Date?
        public var correct: Int
        public var total: Int
        public var score: Double
        public var passed: Bool
        /// The pass mark as a fraction, when the exam recorded it.
        public var passMark: Double?
        public var byDeck: [Tally]
        public var byTag: [Tally]
        /// Each client case the exam asked: its steps right out of its steps, named by its title.
        public var byCase: [Tally]

        public init(
            startedAt: Date, finishedAt: Date?, correct: Int, total: Int, score: Double, passed: Bool,
            passMark: Double?, byDeck: [Tally], byTag: [Tally], byCase: [Tally] = []
        ) {
            self.startedAt = startedAt
            self.finishedAt = finishedAt
            self.correct = correct
            self.total = total
            self.score = score
            self.passed = passed
            self.passMark = passMark
            self.byDeck = byDeck
            self.byTag = byTag
            self.byCase = byCase
        }
    }

    public struct Tally: Sendable, Equatable {
        public var name: String
        public var correct: Int
        public var total: Int

        public init(name: String, correct: Int, total: Int) {
            self.name = name
            self.correct = correct
            self.total = total
        }
    }

    /// Where exam scores are heading.
    public struct ExamTrend: Sendable, Equatable {
        public var exams: Int
        public var first: Double
        public var last: Double
        public var best: Double
        public var mean: Double
        /// The least-squares slope of score against exam number: +0.05 means five points better
        /// per exam. Nil for a single exam, which has no direction.
        public var slopePerExam: Double?

        public init(
            exams: Int, first: Double, last: Double, best: Double, mean: Double, slopePerExam: Double?
        ) {
            self.exams = exams
            self.first = first
            self.last = last
            self.best = best
            self.mean = mean
            self.slopePerExam = slopePerExam
        }

        /// Scores of exams in the order they were sat.
        public init?(scores: [Double]) {
            guard let first = scores.first, let last = scores.last, let best = scores.max() else {
                return nil
            }
            let count = Double(scores.count)
            let mean = scores.reduce(0, +) / count
            let meanIndex = (count - 1) / 2
            var numerator = 0.0
            var denominator = 0.0
            for (index, score) in scores.enumerated() {
                numerator += (Double(index) - meanIndex) * (score - mean)
                denominator += (Double(index) - meanIndex) * (Double(index) - meanIndex)
            }
            self.init(
                exams: scores.count, first: first, last: last, best: best, mean: mean,
                slopePerExam: denominator == 0 ? nil : numerator / denominator)
        }

        /// A word for the slope: a change under one point per exam is "steady"; nil for one exam
        /// (it was called "steady", a trend out of one score).
        public var direction: String? {
            guard let slopePerExam else { return nil }
            if slopePerExam > 0.01 { return "improving" }
            if slopePerExam < -0.01 { return "declining" }
            return "steady"
        }
    }
}
