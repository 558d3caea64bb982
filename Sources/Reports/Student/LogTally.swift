import Foundation
import Insights
import Progress
import Scheduling

/// What one pass over the review log adds up: the log itself, per-day activity, per-deck and
/// per-tag counts, retention and each question's answers.
///
/// Reviews are counted per card as they stream in; the deck, tag and retention figures are summed
/// from the cards in `finish()`, once per card rather than once per review.
struct LogTally {
    let catalog: CardCatalog
    var entries: [StudentReport.ReviewEntry] = []
    var activity: [StudentReport.ActivityDay] = []
    var reviews = 0
    var correct = 0
    var seconds = 0.0
    var items = ItemTally()
    /// Filled by `finish()`.
    private(set) var retention = RetentionSummary()
    private(set) var byDeck: [String: (reviews: Int, correct: Int)] = [:]
    private(set) var byTag: [String: (reviews: Int, correct: Int)] = [:]
    private(set) var wrongByCard: [String: Int] = [:]
    /// The study day of the previous review: reviews come in time order, so the calendar is
    /// consulted once per day rather than once per review.
    private var currentDay: StudyDay?
    private var cards: [String: CardCounts] = [:]

    /// One reviewed card's counts so far.
    private struct CardCounts {
        var reviews = 0
        var correct = 0
        var graduatedReviews = 0
        var recalled = 0

        mutating func add(_ review: ReviewLogEntry, isRight: Bool) {
            reviews += 1
            if isRight { correct += 1 }
            if review.wasGraduated {
                graduatedReviews += 1
                if review.rating != .again { recalled += 1 }
            }
        }
    }

    init(catalog: CardCatalog) {
        self.catalog = catalog
    }

    mutating func add(_ review: ReviewLogEntry, calendar: StudyCalendar) {
        let isRight = RightAnswer.counts(correct: review.correct, rating: review.rating)
        let seconds = review.durationMilliseconds.map { Double($0) / 1000 }
        entries.append(
            StudentReport.ReviewEntry(
                at: review.reviewedAt, card: review.cardID, rating: review.rating, answer: review.answer,
                correct: review.correct, seconds: seconds))
        reviews += 1
        if isRight { correct += 1 }
        self.seconds += seconds ?? 0

        if currentDay?.contains(review.reviewedAt) != true {
            let day = calendar.studyDay(containing: review.reviewedAt)
            currentDay = day
            if activity.last?.day != day.label {
                activity.append(StudentReport.ActivityDay(day: day.label, reviews: 0, correct: 0, seconds: 0))
            }
        }
        activity[activity.count - 1].reviews += 1
        activity[activity.count - 1].correct += isRight ? 1 : 0
        activity[activity.count - 1].seconds += seconds ?? 0

        // One lookup: the counts are changed in place in the dictionary.
        cards[review.cardID, default: CardCounts()].add(review, isRight: isRight)
        items.addReview(review)
    }

    /// Sums the cards' counts into the deck, tag, retention and wrong-answer figures.
    mutating func finish() {
        retention = RetentionSummary()
        byDeck = [:]
        byTag = [:]
        wrongByCard = [:]
        for (id, card) in cards {
            let entry = catalog[id]
            let deck = entry?.deck.id ?? String(id.prefix { $0 != "/" })
            byDeck[deck, default: (0, 0)].reviews += card.reviews
            byDeck[deck, default: (0, 0)].correct += card.correct
            var tags: [String] = []
            for tag in entry?.question.tags ?? [] where !tags.contains(tag) { tags.append(tag) }
            for tag in tags {
                byTag[tag, default: (0, 0)].reviews += card.reviews
                byTag[tag, default: (0, 0)].correct += card.correct
            }
            if card.correct < card.reviews { wrongByCard[id] = card.reviews - card.correct }
            if card.graduatedReviews > 0 {
                retention.add(
                    RecallCount(cardID: id, reviews: card.graduatedReviews, recalled: card.recalled),
                    catalog: catalog)
            }
        }
    }
}
