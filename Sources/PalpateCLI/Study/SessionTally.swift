import Progress

/// What a review session has recorded so far, counted by one rule everywhere: an answer is one
/// recorded review, a card is a distinct card, and right is `RightAnswer` (the store's session
/// counts and the reports use the same). An undone answer is taken out again.
struct SessionTally {
    struct Answer: Equatable {
        var cardID: String
        var deckTitle: String
        var isRight: Bool
        var isFirstReview: Bool
    }

    private(set) var answers: [Answer] = []

    var answerCount: Int { answers.count }
    var rightCount: Int { answers.count { $0.isRight } }
    var cardCount: Int { Set(answers.map(\.cardID)).count }
    var newCardsIntroduced: Int { answers.count { $0.isFirstReview } }

    mutating func add(_ answer: Answer) { answers.append(answer) }

    /// Takes the newest answer to `cardID` back out (undo).
    mutating func remove(cardID: String) {
        if let index = answers.lastIndex(where: { $0.cardID == cardID }) { answers.remove(at: index) }
    }

    /// "14 answers on 11 cards, 12 right (86%)", or "11 cards, 9 right (82%)" when each card was
    /// answered once.
    static func describe(_ answers: some Collection<Answer>) -> String {
        let cards = Set(answers.map(\.cardID)).count
        let right = answers.count { $0.isRight }
        let percent = answers.isEmpty ? 0 : Int((Double(right) / Double(answers.count) * 100).rounded())
        let counted =
            answers.count == cards
            ? plural(cards, "card") : "\(plural(answers.count, "answer")) on \(plural(cards, "card"))"
        return "\(counted), \(right) right (\(percent)%)"
    }

    /// The whole session, then one line per deck when more than one deck was studied, in the
    /// order the decks were first met.
    func summaryLines(duration: String) -> (session: String, decks: [(title: String, text: String)]) {
        let session = "\(Self.describe(answers)), \(duration)."
        var titles: [String] = []
        for answer in answers where !titles.contains(answer.deckTitle) { titles.append(answer.deckTitle) }
        guard titles.count > 1 else { return (session, []) }
        let decks = titles.map { title in (title, Self.describe(answers.filter { $0.deckTitle == title })) }
        return (session, decks)
    }
}
