import Foundation
import Insights
import Progress
import Scheduling

/// What one pass over the review log adds up: the log itself, per-day activity, per-deck and
/// per-tag counts, retention and each question's answers.
struct LogTally {
    let catalog: CardCatalog
    var entries: [StudentReport.ReviewEntry] = []
    var activity: [StudentReport.ActivityDay] = []
    var reviews = 0
    var correct = 0
    var seconds = 0.0
    var retention = RetentionSummary()
    var byDeck: [String: (reviews: Int, correct: Int)] = [:]
    var byTag: [String: (reviews: Int, correct: Int)] = [:]
    var wrongByCard: [String: Int] = [:]
    var items = ItemTally()
    /// The study day of the previous review: reviews come in time order, so the calendar is
    /// consulted once per day rather than once per review.
    private var currentDay: StudyDay?
    /// Each card's deck and distinct tags, worked out once per card rather than once per review.
    private var groupsByCard: [String: (deck: String, tags: [String])] = [:]

    init(catalog: CardCatalog) {
        self.catalog = catalog
    }

    mutating func add(_ review: ReviewLogEntry, calendar: StudyCalendar) {
        let isRight = review.correct ?? (review.rating != .again)
        let seconds = review.durationMilliseconds.map { Double($0) / 1000 }
        entries.append(
            StudentReport.ReviewEntry(
                at: review.reviewedAt, card: review.cardID, rating: review.rating, answer: review.answer,
                correct: review.correct, seconds: seconds))
        reviews += 1
        if isRight { correct += 1 } else { wrongByCard[review.cardID, default: 0] += 1 }
        self.seconds += seconds ?? 0
        retention.add(review, catalog: catalog)

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

        let entry = catalog[review.cardID]
        let groups = groups(of: review.cardID, entry: entry)
        byDeck[groups.deck, default: (0, 0)].reviews += 1
        if isRight { byDeck[groups.deck, default: (0, 0)].correct += 1 }
        for tag in groups.tags {
            byTag[tag, default: (0, 0)].reviews += 1
            if isRight { byTag[tag, default: (0, 0)].correct += 1 }
        }
        if let entry { items.addReview(review, question: entry.question) }
    }

    private mutating func groups(of cardID: String, entry: CardCatalog.Entry?) -> (
        deck: String, tags: [String]
    ) {
        if let known = groupsByCard[cardID] { return known }
        let deck = entry?.deck.id ?? String(cardID.prefix { $0 != "/" })
        var tags: [String] = []
        for tag in entry?.question.tags ?? [] where !tags.contains(tag) { tags.append(tag) }
        groupsByCard[cardID] = (deck, tags)
        return (deck, tags)
    }
}
