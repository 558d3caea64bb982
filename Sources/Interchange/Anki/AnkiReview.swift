/// One line of Anki's review log (`revlog`), as Anki wrote it.
public struct AnkiReview: Sendable, Equatable {
    /// When it was answered: the row's id, milliseconds since 1970.
    public var milliseconds: Int64
    public var cardID: Int64
    /// The button: 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for entries that are not answers.
    public var ease: Int
    /// How long the answer took.
    public var takenMilliseconds: Int
    /// 0 learning, 1 review, 2 relearning, 3 filtered (cram), 4 rescheduled by hand, 5 manual.
    public var kind: Int

    /// Whether it is an answer a student gave (not a rescheduling or manual entry).
    public var isAnswer: Bool { (1...4).contains(ease) && kind < 4 }
}
