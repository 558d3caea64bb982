/// A review history read and checked for replay, kept compact: a million reviews of fifty
/// thousand cards take about 16 MB, where a string per review took hundreds.
struct ReplayHistory: Equatable, Sendable {
    /// One review: which card (an index into `cardIDs`), when, and how it went.
    struct Review: Equatable, Sendable {
        let card: Int32
        let rating: Rating
        let time: Instant
    }

    /// Each card's id, in the order of its first review.
    var cardIDs: [String] = []
    /// In file order.
    var reviews: [Review] = []
    /// Finds a card's index by id while the history is read.
    private var cardIndex: [String: Int32] = [:]

    init() {}

    /// Adds a review of the card with this id, giving the card the next index on its first one.
    mutating func append(cardID: String, time: Instant, rating: Rating) {
        let card: Int32
        if let known = cardIndex[cardID] {
            card = known
        } else {
            card = Int32(cardIDs.count)
            cardIndex[cardID] = card
            cardIDs.append(cardID)
        }
        reviews.append(Review(card: card, rating: rating, time: time))
    }

    static func == (lhs: ReplayHistory, rhs: ReplayHistory) -> Bool {
        lhs.cardIDs == rhs.cardIDs && lhs.reviews == rhs.reviews
    }
}
