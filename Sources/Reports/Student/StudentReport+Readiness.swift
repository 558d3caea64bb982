import Foundation
import Insights

extension StudentReport {
    /// The exam readiness at the time of the report: a prediction from the scheduler's memory
    /// model (`ExamReadiness`), not a score.
    public struct Readiness: Sendable, Equatable {
        public struct Area: Sendable, Equatable {
            public var id: String
            public var name: String
            public var share: Double
            public var questions: Int
            public var studied: Int
            public var readiness: Double
            /// `good`, `borderline` or `poor`.
            public var band: String
        }

        public var exam: String
        /// `YYYY-MM-DD` when an exam date is set.
        public var date: String?
        public var predictedFor: Date
        public var readiness: Double
        public var questions: Int
        public var studied: Int
        public var areas: [Area]
        /// The readiness at the end of each of the weeks before the report, oldest first
        /// (`ReadinessHistory`); empty in reports made before it was added.
        public var history: [ReadinessHistory.Point] = []

        /// The point a week before a report made at `generatedAt`, if the report carries it.
        public func weekBefore(_ generatedAt: Date) -> ReadinessHistory.Point? {
            history.last { abs($0.at.timeIntervalSince(generatedAt) + 7 * 86_400) < 3_600 }
        }

        public init(
            exam: String, date: String?, predictedFor: Date, readiness: Double, questions: Int, studied: Int,
            areas: [Area], history: [ReadinessHistory.Point] = []
        ) {
            self.history = history
            self.exam = exam
            self.date = date
            self.predictedFor = predictedFor
            self.readiness = readiness
            self.questions = questions
            self.studied = studied
            self.areas = areas
        }

        public init(_ outlook: ExamOutlook, history: [ReadinessHistory.Point] = []) {
            let readiness = outlook.readiness
            self.init(
                exam: outlook.name, date: outlook.goal.map { $0.date.description },
                predictedFor: outlook.predictedFor,
                readiness: readiness.predicted, questions: readiness.questions, studied: readiness.studied,
                areas: readiness.areas.map {
                    Area(
                        id: $0.id, name: $0.title, share: $0.share, questions: $0.questions,
                        studied: $0.studied,
                        readiness: $0.predicted, band: $0.band.rawValue)
                }, history: history)
        }
    }
}
