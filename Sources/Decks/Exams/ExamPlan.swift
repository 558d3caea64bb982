/// Which questions a practice exam asks, chosen reproducibly from a seed.
public struct ExamPlan: Sendable {
    public struct Item: Sendable, Equatable {
        public var deckID: String
        public var question: Question
        public var presentation: Presentation
        /// The client case this question is a step of, when it is one: the exam asks the case's
        /// steps together, in order.
        public var clientCase: ClientCase?

        public init(
            deckID: String, question: Question, presentation: Presentation, clientCase: ClientCase? = nil
        ) {
            self.deckID = deckID
            self.question = question
            self.presentation = presentation
            self.clientCase = clientCase
        }

        /// Whether this is the first step of its case shown in this exam.
        public func startsCase(after previous: Item?) -> Bool {
            clientCase != nil && (previous?.clientCase?.id != clientCase?.id || previous?.deckID != deckID)
        }

        /// `deck-id/question-id`, the card id used everywhere else.
        public var cardID: String { "\(deckID)/\(question.id)" }
    }

    public var items: [Item]
    /// The blueprint the exam follows (`palpate exam --blueprint`), when it follows one.
    public var blueprint: Blueprint? = nil
    /// The areas that had fewer questions than their weight asked for: the area and how many
    /// were asked for and found.
    public var shortfalls: [Shortfall] = []

    /// Draws up to `count` questions from `decks`, keeping only those with one of `tags` (when
    /// any are given). Flashcards are left out: they are self-graded and cannot be scored.
    ///
    /// A client case comes whole: where the draw reaches one of its steps, all its steps (those
    /// the tags keep) are asked there, in the case's order, if they fit in what is left of
    /// `count`. Decks without cases are drawn exactly as before cases existed, so an exam taken
    /// then is replayed the same from its seed.
    public static func make(
        decks: [Deck], tags: [String], count: Int, using generator: inout some RandomNumberGenerator
    ) -> ExamPlan {
        var (pool, inPool) = pool(decks: decks, tags: tags) { _ in true }
        pool.shuffle(using: &generator)
        let chosen = choose(from: pool, decks: decks, inPool: inPool, count: count)
        return ExamPlan(
            items: chosen.map { deckID, question, clientCase in
                Item(
                    deckID: deckID, question: question,
                    presentation: Presentation.make(for: question, using: &generator), clientCase: clientCase)
            })
    }

    /// The questions an exam may ask (not flashcards; with one of `tags`, when any are given;
    /// those `keep` accepts), in deck order, and which of them are in decks with cases.
    static func pool(decks: [Deck], tags: [String], keep: (Question) -> Bool) -> (
        [(String, Question)], Set<String>
    ) {
        var pool: [(String, Question)] = []
        var inPool: Set<String> = []
        for deck in decks {
            for question in deck.questions where !question.type.isSelfGraded && keep(question) {
                if tags.isEmpty || !Set(tags).isDisjoint(with: question.tags) {
                    pool.append((deck.id, question))
                    if !deck.cases.isEmpty { inPool.insert(deck.id + "/" + question.id) }
                }
            }
        }
        return (pool, inPool)
    }

    /// Takes questions from `pool` in its order until `count` are chosen, a client case whole
    /// where the pool reaches one of its steps (its steps in `inPool`, if they all fit).
    static func choose(from pool: [(String, Question)], decks: [Deck], inPool: Set<String>, count: Int)
        -> [(String, Question, ClientCase?)]
    {
        var chosen: [(String, Question, ClientCase?)] = []
        var casesTaken: Set<String> = []
        let decksByID = Dictionary(decks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (deckID, question) in pool {
            guard chosen.count < count else { break }
            guard let deck = decksByID[deckID], let clientCase = deck.clientCase(containing: question.id)
            else {
                chosen.append((deckID, question, nil))
                continue
            }
            guard casesTaken.insert(deckID + "/" + clientCase.id).inserted else { continue }
            let steps = clientCase.steps.compactMap { step in
                inPool.contains(deckID + "/" + step) ? deck.question(id: step) : nil
            }
            guard chosen.count + steps.count <= count else { continue }
            chosen += steps.map { (deckID, $0, clientCase) }
        }
        return chosen
    }
}
