import Foundation
import Insights

/// The instructor's view of a class, merged from the students' `palpate-report/1` files.
public struct ClassReport: Sendable, Equatable {
    public static let formatName = "palpate-class-report/1"

    public var generatedAt: Date
    /// One row per student, by name.
    public var students: [StudentRow]
    /// The column heads of the students × decks and students × tags tables.
    public var deckIDs: [String]
    public var tags: [String]
    public var atRisk: [AtRisk]
    /// Every question anyone answered, hardest first.
    public var items: [ItemAnalysis]
    /// Lessons whose questions the class finds hard, hardest first.
    public var revisit: [LessonNeed]
    public var exams: ExamDistribution
    /// The blueprint areas any student's readiness names, in the order first met: the columns
    /// of the readiness table.
    public var readinessAreas: [(id: String, name: String)] {
        var seen: [(id: String, name: String)] = []
        for student in students {
            for area in student.readiness?.areas ?? [] where !seen.contains(where: { $0.id == area.id }) {
                seen.append((area.id, area.name))
            }
        }
        return seen
    }

    /// The misconceptions students' wrong answers point to, most widely held first.
    public var misconceptions: [MisconceptionSpread] = []

    public init(
        generatedAt: Date, students: [StudentRow] = [], deckIDs: [String] = [], tags: [String] = [],
        atRisk: [AtRisk] = [], items: [ItemAnalysis] = [], revisit: [LessonNeed] = [],
        exams: ExamDistribution = ExamDistribution(scores: [])
    ) {
        self.generatedAt = generatedAt
        self.students = students
        self.deckIDs = deckIDs
        self.tags = tags
        self.atRisk = atRisk
        self.items = items
        self.revisit = revisit
        self.exams = exams
    }

    /// One student's line of the class tables.
    public struct StudentRow: Sendable, Equatable {
        public var name: String
        /// The report file it came from, as the instructor named it.
        public var file: String
        public var reportGeneratedAt: Date
        public var lastActive: Date?
        public var reviews: Int
        public var accuracy: Double?
        public var retention: Double?
        public var retentionReviews: Int
        public var cardsSeen: Int
        public var cardsTotal: Int
        public var leeches: Int
        public var exams: Int
        public var lastExamScore: Double?
        /// Wrong answers that picked a distractor standing for a misconception.
        public var misconceptionPicks: Int
        public var byDeck: [String: Cell]
        public var byTag: [String: Cell]
        /// The student's predicted exam readiness, when their report has it.
        public var readiness: StudentReport.Readiness? = nil
        /// What `readiness` is compared with to tell a fall: the readiness of the student's
        /// previous report when the instructor merged one, else their report's own figure a week
        /// before (`ReadinessHistory`); `nil` when neither is there.
        public var previousReadiness: ReadinessHistory.Point? = nil

        /// The change from `previousReadiness` to `readiness` (−0.05 is 5 points down).
        public var readinessChange: Double? {
            guard let readiness, let previousReadiness else { return nil }
            return readiness.readiness - previousReadiness.readiness
        }

        public init(report: StudentReport, file: String) {
            readiness = report.readiness
            previousReadiness = report.readiness?.weekBefore(report.generatedAt)
            name = report.student
            self.file = file
            reportGeneratedAt = report.generatedAt
            lastActive = report.totals.lastActive
            reviews = report.totals.reviews
            accuracy = report.totals.accuracy
            retention = report.totals.retention
            retentionReviews = report.totals.retentionReviews
            cardsSeen = report.cards.seen
            cardsTotal = report.cards.total
            leeches = report.cards.leeches
            exams = report.exams.count
            lastExamScore = report.exams.last?.score
            misconceptionPicks = report.misconceptions.reduce(0) { $0 + $1.count }
            byDeck = Dictionary(
                report.byDeck.map { ($0.name, Cell($0)) }, uniquingKeysWith: { first, _ in first })
            byTag = Dictionary(
                report.byTag.map { ($0.name, Cell($0)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// A student's figures for one deck or tag.
    public struct Cell: Sendable, Equatable {
        public var accuracy: Double?
        public var retention: Double?
        public var cardsSeen: Int
        public var cardsTotal: Int
        public var reviews: Int

        public init(accuracy: Double?, retention: Double?, cardsSeen: Int, cardsTotal: Int, reviews: Int) {
            self.accuracy = accuracy
            self.retention = retention
            self.cardsSeen = cardsSeen
            self.cardsTotal = cardsTotal
            self.reviews = reviews
        }

        init(_ group: StudentReport.Group) {
            self.init(
                accuracy: group.accuracy, retention: group.retention, cardsSeen: group.cardsSeen,
                cardsTotal: group.cardsTotal, reviews: group.reviews)
        }
    }

    /// A student who may need a word from the instructor, and why.
    public struct AtRisk: Sendable, Equatable {
        public var student: String
        public var reasons: [String]

        public init(student: String, reasons: [String]) {
            self.student = student
            self.reasons = reasons
        }
    }

    /// A lesson whose questions the class answers poorly.
    public struct LessonNeed: Sendable, Equatable {
        /// `lesson-id#section`.
        public var lesson: String
        /// Its hard questions' card ids.
        public var cards: [String]
        /// The mean facility of those questions.
        public var facility: Double

        public init(lesson: String, cards: [String], facility: Double) {
            self.lesson = lesson
            self.cards = cards
            self.facility = facility
        }
    }
}
