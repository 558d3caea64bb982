import Scheduling

/// A review made elsewhere (Anki's review log, a replay CSV) to be added to the store's log:
/// only what such sources know, the card's states are worked out on import.
public struct HistoryReview: Sendable, Equatable {
    public var cardID: String
    public var reviewedAt: Instant
    public var rating: Rating
    public var durationMilliseconds: Int?

    public init(cardID: String, reviewedAt: Instant, rating: Rating, durationMilliseconds: Int? = nil) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
    }
}
