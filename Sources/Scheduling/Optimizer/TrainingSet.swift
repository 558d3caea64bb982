/// One review as the optimiser reads a history: which card, when, and how it went.
public struct OptimizerReview: Sendable, Equatable {
    /// Any number that tells cards apart (a store's card row, or the order ids first appear).
    public let card: Int
    public let time: Instant
    public let rating: Rating

    public init(card: Int, time: Instant, rating: Rating) {
        self.card = card
        self.time = time
        self.rating = rating
    }
}

/// A review history cut into training items as fsrs-rs cuts an Anki review log.
///
/// Each card's reviews are put in time order and each review gets the whole 24-hour blocks since
/// the card's previous review (0 for the first, and for reviews the same day), as py-fsrs and
/// palpate's scheduler count elapsed days. Every review after a card's first whose gap is at
/// least a day is one item: the card's earlier reviews (same-day ones included, with 0 days) and
/// that review, whose outcome the model must predict. Same-day reviews shape the memory state
/// but are never predicted, as in fsrs-rs's convertor. Items are kept in order of review time
/// (ties: cards in order of first appearance), which the recency weights rely on.
public struct TrainingSet: Sendable {
    /// One card's reviews in time order.
    struct Card: Sendable, Equatable {
        var ratings: [UInt8] = []
        var days: [Int32] = []
    }

    /// The review at `position` (at least 1) of card `card`, with everything before it.
    struct Item: Sendable, Equatable, Hashable {
        let card: Int32
        let position: Int32
    }

    private(set) var cards: [Card] = []
    private(set) var items: [Item] = []
    /// Every review read, including first reviews and same-day ones.
    public let reviewCount: Int
    public var cardCount: Int { cards.count }
    public var itemCount: Int { items.count }

    public init(reviews: [OptimizerReview]) {
        reviewCount = reviews.count
        var cardOfKey: [Int: Int] = [:]
        var timed: [[(time: Instant, rating: Rating)]] = []
        for review in reviews {
            let index: Int
            if let known = cardOfKey[review.card] {
                index = known
            } else {
                index = timed.count
                cardOfKey[review.card] = index
                timed.append([])
            }
            timed[index].append((review.time, review.rating))
        }
        var keyed: [(time: Instant, item: Item)] = []
        for (index, history) in timed.enumerated() {
            // A stable sort: reviews at the same instant keep their order in the file.
            let ordered = history.enumerated().sorted {
                ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
            }.map(\.element)
            var card = Card()
            for (position, review) in ordered.enumerated() {
                let days = position == 0 ? 0 : review.time.days(since: ordered[position - 1].time)
                card.ratings.append(UInt8(review.rating.rawValue))
                card.days.append(Int32(clamping: days))
                if days > 0 {
                    keyed.append((review.time, Item(card: Int32(index), position: Int32(position))))
                }
            }
            cards.append(card)
        }
        keyed.sort { ($0.time, $0.item.card, $0.item.position) < ($1.time, $1.item.card, $1.item.position) }
        items = keyed.map(\.item)
    }

    /// The same cards with only the first `count` items: the past of a time-series split.
    func prefix(_ count: Int) -> TrainingSet {
        var copy = self
        copy.items = Array(items.prefix(count))
        return copy
    }

    /// Items `range` alone.
    func items(_ range: Range<Int>) -> TrainingSet {
        var copy = self
        copy.items = Array(items[range])
        return copy
    }

    /// The reviews of `item`, oldest first, as (rating, days) pairs: for tests and reports.
    public func reviews(ofItem index: Int) -> [(rating: Int, days: Int)] {
        let item = items[index]
        let card = cards[Int(item.card)]
        return (0...Int(item.position)).map { (Int(card.ratings[$0]), Int(card.days[$0])) }
    }

    func rating(_ item: Item) -> UInt8 { cards[Int(item.card)].ratings[Int(item.position)] }
    func days(_ item: Item) -> Int32 { cards[Int(item.card)].days[Int(item.position)] }
    func recalled(_ item: Item) -> Bool { rating(item) > 1 }
    func firstRating(_ item: Item) -> UInt8 { cards[Int(item.card)].ratings[0] }

    /// How many of the item's reviews (its own included) came a day or more after the previous.
    func longTermReviewCount(_ item: Item) -> Int {
        cards[Int(item.card)].days[0...Int(item.position)].reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    }

    /// The days before the item's first review that came a day or more after the previous one.
    func firstLongTermDays(_ item: Item) -> Int32 {
        let days = cards[Int(item.card)].days
        return days[1...Int(item.position)].first { $0 > 0 } ?? days[Int(item.position)]
    }

    /// Lapses before the item's own review: Again a day or more after the previous review.
    func lapsesBefore(_ item: Item) -> Int {
        let card = cards[Int(item.card)]
        return (0..<Int(item.position)).reduce(0) {
            $0 + (card.ratings[$1] == 1 && card.days[$1] > 0 ? 1 : 0)
        }
    }
}
