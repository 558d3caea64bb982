import Foundation

extension StudentReport {
    /// A deck's or a tag's part of the report.
    public struct Group: Sendable, Equatable {
        /// The deck id, or the tag.
        public var name: String
        /// The deck's title, or the tag again.
        public var title: String
        public var cardsTotal: Int
        public var cardsSeen: Int
        public var mature: Int
        /// The mean probability of recall now over the cards seen; `nil` when none was seen.
        public var meanRetrievability: Double?
        /// Reviews and right answers in the period.
        public var reviews: Int
        public var correct: Int
        public var retention: Double?
        /// Reviews of graduated cards behind `retention`; `nil` in reports made before it was kept.
        public var retentionReviews: Int?
        /// The group's weakest questions, worst first (at most `StudentReportBuilder.weakestPerGroup`).
        public var weakest: [WeakQuestion]

        public init(
            name: String, title: String, cardsTotal: Int = 0, cardsSeen: Int = 0, mature: Int = 0,
            meanRetrievability: Double? = nil, reviews: Int = 0, correct: Int = 0, retention: Double? = nil,
            retentionReviews: Int? = nil, weakest: [WeakQuestion] = []
        ) {
            self.name = name
            self.title = title
            self.cardsTotal = cardsTotal
            self.cardsSeen = cardsSeen
            self.mature = mature
            self.meanRetrievability = meanRetrievability
            self.reviews = reviews
            self.correct = correct
            self.retention = retention
            self.retentionReviews = retentionReviews
            self.weakest = weakest
        }

        public var accuracy: Double? { reviews == 0 ? nil : Double(correct) / Double(reviews) }
    }

    /// A question the student keeps forgetting, with where to reread it.
    public struct WeakQuestion: Sendable, Equatable {
        /// `deck-id/question-id`.
        public var card: String
        public var prompt: String
        /// Times forgotten after graduating, ever.
        public var lapses: Int
        /// Wrong answers (or Again) in the period.
        public var wrong: Int
        /// `lesson-id#section`, as `palpate read` takes it.
        public var lesson: String
        public var lessonTitle: String?
        /// The right answer in the author's words (`AnswerText.key`), to set beside the wrong
        /// ones given; `nil` for a self-graded card and in reports written before it was kept.
        public var answer: String?

        public init(
            card: String, prompt: String, lapses: Int, wrong: Int, lesson: String, lessonTitle: String?,
            answer: String? = nil
        ) {
            self.card = card
            self.prompt = prompt
            self.lapses = lapses
            self.wrong = wrong
            self.lesson = lesson
            self.lessonTitle = lessonTitle
            self.answer = answer
        }
    }

    /// A card forgotten so often it was set aside.
    public struct Leech: Sendable, Equatable {
        public var card: String
        public var prompt: String
        public var lapses: Int
        public var suspended: Bool
        public var lesson: String

        public init(card: String, prompt: String, lapses: Int, suspended: Bool, lesson: String) {
            self.card = card
            self.prompt = prompt
            self.lapses = lapses
            self.suspended = suspended
            self.lesson = lesson
        }
    }

    /// One question's graded answers in the period, reviews and exams together.
    public struct Item: Sendable, Equatable {
        public var card: String
        /// The question type (`multiple-choice`, …).
        public var kind: String
        public var prompt: String
        public var lesson: String
        public var attempts: Int
        public var correct: Int
        /// Wrong answers in the author's terms (a choice's text, not the letter shown), most
        /// frequent first. Only answers whose meaning is known are counted: typed and true/false
        /// answers always, shuffled choices only from exams (whose order can be replayed).
        public var wrongAnswers: [AnswerCount]

        public init(
            card: String, kind: String, prompt: String, lesson: String, attempts: Int, correct: Int,
            wrongAnswers: [AnswerCount]
        ) {
            self.card = card
            self.kind = kind
            self.prompt = prompt
            self.lesson = lesson
            self.attempts = attempts
            self.correct = correct
            self.wrongAnswers = wrongAnswers
        }
    }

    public struct AnswerCount: Sendable, Equatable {
        public var answer: String
        public var count: Int

        public init(answer: String, count: Int) {
            self.answer = answer
            self.count = count
        }
    }
}
