/// Which questions a practice exam asks, chosen reproducibly from a seed.
public struct ExamPlan: Sendable {
    public struct Item: Sendable, Equatable {
        public var deckID: String
        public var question: Question
        public var presentation: Presentation

        /// `deck-id/question-id`, the card id used everywhere else.
        public var cardID: String { "\(deckID)/\(question.id)" }
    }

    public var items: [Item]

    /// Draws up to `count` questions from `decks`, keeping only those with one of `tags` (when
    /// any are given). Flashcards are left out: they are self-graded and cannot be scored.
    public static func make(
        decks: [Deck], tags: [String], count: Int, using generator: inout some RandomNumberGenerator
    ) -> ExamPlan {
        var pool: [(String, Question)] = []
        for deck in decks {
            for question in deck.questions where !question.type.isSelfGraded {
                if tags.isEmpty || !Set(tags).isDisjoint(with: question.tags) {
                    pool.append((deck.id, question))
                }
            }
        }
        pool.shuffle(using: &generator)
        let chosen = pool.prefix(count)
        return ExamPlan(
            items: chosen.map { deckID, question in
                Item(
                    deckID: deckID, question: question,
                    presentation: Presentation.make(for: question, using: &generator))
            })
    }
}
