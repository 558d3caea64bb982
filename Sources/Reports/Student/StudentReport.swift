import Foundation
import Insights
import Scheduling

/// Everything a progress report says about one student, whatever format it is written in.
///
/// A plain value: the builder fills it from the store once, every writer reads it, and the JSON
/// reader gives it back, so the class view works from exactly what the student handed in.
public struct StudentReport: Sendable, Equatable {
    /// The `format` value of the JSON form; bump the number when a field changes meaning.
    public static let formatName = "palpate-report/1"

    public var student: String
    public var generatedAt: Date
    /// The student's time zone (an identifier such as `Europe/Paris`): days are counted in it.
    public var timeZone: String
    public var period: Period
    /// The decks the report was made from, so reports of different deck versions can be told apart.
    public var decks: [DeckVersion]
    public var totals: Totals
    public var cards: CardCounts
    public var byDeck: [Group]
    public var byTag: [Group]
    /// The questions forgotten most often, worst first.
    public var weakest: [WeakQuestion]
    public var exams: [Exam]
    /// `nil` until there is at least one exam.
    public var examTrend: ExamTrend?
    /// Due reviews for today and the days after it.
    public var forecast: [DueDay]
    public var leeches: [Leech]
    /// Reviews per study day in the period, oldest first; days without reviews are left out.
    public var activity: [ActivityDay]
    /// Every graded question the student answered in the period: the class view's raw material.
    public var items: [Item]
    /// The misconceptions behind the wrong answers of the period, most often picked first.
    public var misconceptions: [MisconceptionCount] = []
    /// The predicted exam readiness, when the student has an exam date or the course a blueprint
    /// (added within palpate-report/1: older reports lack it).
    public var readiness: Readiness? = nil
    /// The review log of the period, oldest first.
    public var reviews: [ReviewEntry]

    public init(
        student: String, generatedAt: Date, timeZone: String, period: Period, decks: [DeckVersion] = [],
        totals: Totals = Totals(), cards: CardCounts = CardCounts(), byDeck: [Group] = [],
        byTag: [Group] = [],
        weakest: [WeakQuestion] = [], exams: [Exam] = [], examTrend: ExamTrend? = nil,
        forecast: [DueDay] = [],
        leeches: [Leech] = [], activity: [ActivityDay] = [], items: [Item] = [], reviews: [ReviewEntry] = []
    ) {
        self.student = student
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.period = period
        self.decks = decks
        self.totals = totals
        self.cards = cards
        self.byDeck = byDeck
        self.byTag = byTag
        self.weakest = weakest
        self.exams = exams
        self.examTrend = examTrend
        self.forecast = forecast
        self.leeches = leeches
        self.activity = activity
        self.items = items
        self.reviews = reviews
    }

    /// The span the report covers: from the start of the `--since` study day (or the first review
    /// ever) to the moment the report was made.
    public struct Period: Sendable, Equatable {
        /// `YYYY-MM-DD` as the student asked for it; `nil` for the whole history.
        public var sinceDay: String?
        public var start: Date?
        public var end: Date

        public init(sinceDay: String? = nil, start: Date? = nil, end: Date) {
            self.sinceDay = sinceDay
            self.start = start
            self.end = end
        }
    }

    /// One deck as it stood when the report was made.
    public struct DeckVersion: Sendable, Equatable {
        public var id: String
        public var title: String
        /// The version number the author wrote in the deck file.
        public var version: Int
        /// A hash of the deck's questions (see `DeckFingerprint`): changes whenever they do, even
        /// when the author forgot to bump `version`.
        public var fingerprint: String
        public var questions: Int

        public init(id: String, title: String, version: Int, fingerprint: String, questions: Int) {
            self.id = id
            self.title = title
            self.version = version
            self.fingerprint = fingerprint
            self.questions = questions
        }
    }

    /// The headline numbers of the period.
    public struct Totals: Sendable, Equatable {
        public var reviews = 0
        /// Reviews answered right (a self-graded card counts when not rated Again).
        public var correct = 0
        /// True retention: the share of reviews of graduated cards that were recalled.
        public var retention: Double?
        public var retentionReviews = 0
        public var secondsStudied = 0.0
        public var activeDays = 0
        /// Consecutive study days up to today (or yesterday, when today is not over yet).
        public var streak = 0
        public var longestStreak = 0
        public var studiedToday = false
        /// Lessons read at least once (ever), of `lessonsTotal`.
        public var lessonsRead = 0
        public var lessonsTotal = 0
        /// The newest review in the whole history, not only the period.
        public var lastActive: Date?

        public init() {}

        public var accuracy: Double? { reviews == 0 ? nil : Double(correct) / Double(reviews) }
    }
}
