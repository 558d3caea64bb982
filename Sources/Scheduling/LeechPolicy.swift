/// When a card counts as a leech: forgotten so often that more reviews waste the student's time
/// and the question (or the student's approach to it) needs attention instead.
public struct LeechPolicy: Sendable, Equatable {
    /// Anki's default: the eighth lapse makes a leech.
    public static let defaultThreshold = 8

    /// Lapses at which a card becomes a leech; at least 1.
    public let threshold: Int

    /// - Throws: `LeechPolicy.InvalidThreshold` unless `threshold` is at least 1.
    public init(threshold: Int = LeechPolicy.defaultThreshold) throws(InvalidThreshold) {
        guard threshold >= 1 else { throw InvalidThreshold(threshold: threshold) }
        self.threshold = threshold
    }

    public struct InvalidThreshold: Error, Equatable, CustomStringConvertible {
        public let threshold: Int
        public var description: String {
            "leech threshold \(threshold) is invalid; give the number of lapses (1 or more, 8 by default) "
                + "that marks a card as a leech"
        }
    }

    /// What one review did to a card's lapse count.
    public struct Verdict: Sendable, Equatable {
        /// The lapse count after the review.
        public let lapses: Int
        /// Whether the review was a lapse: a graduated card forgotten.
        public let wasLapse: Bool
        /// Whether the card is a leech after the review.
        public let isLeech: Bool
        /// Whether this very review made it one (the moment to tell the student).
        public let becameLeech: Bool
    }

    /// A review is a lapse when a card in the review phase is rated Again.
    public static func isLapse(before schedule: CardSchedule?, rating: Rating) -> Bool {
        schedule?.phase == .review && rating == .again
    }

    /// Judges a review of a card that had `lapses` lapses and stood at `schedule` before it.
    public func verdict(lapses: Int, before schedule: CardSchedule?, rating: Rating) -> Verdict {
        let wasLapse = Self.isLapse(before: schedule, rating: rating)
        let after = lapses + (wasLapse ? 1 : 0)
        return Verdict(
            lapses: after, wasLapse: wasLapse, isLeech: isLeech(lapses: after),
            becameLeech: wasLapse && after == threshold)
    }

    public func isLeech(lapses: Int) -> Bool { lapses >= threshold }
}
