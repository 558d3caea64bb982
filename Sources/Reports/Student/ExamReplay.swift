import Decks
import Scheduling
import TextFormats

/// Recovers how each question of a past exam was shown, by drawing the exam again from the seed
/// and options it recorded — so an answer `b` can be turned back into the choice it named.
///
/// Exams record their options (seed, decks, tags, count) in the session details. The same decks
/// and options draw the same exam; if the decks changed since, the draw differs, which is caught
/// by checking that every answered question is in the redrawn exam.
public enum ExamReplay {
    /// The presentation of each card of the exam, by card id; `nil` when the exam cannot be redrawn
    /// exactly (no recorded options, or decks changed).
    public static func presentations(
        details: JSONNode?, decks: [Deck], answeredCards: [String]
    ) -> [String: (question: Question, presentation: Presentation)]? {
        guard let options = details?.member("options"),
            let seed = options.member("seed")?.integerValue, seed >= 0,
            let count = options.member("count")?.integerValue
        else { return nil }
        let deckIDs = options.member("decks")?.arrayValue?.compactMap(\.stringValue) ?? []
        let tags = options.member("tags")?.arrayValue?.compactMap(\.stringValue) ?? []
        var generator = SplitMix64(seed: UInt64(seed))
        let plan = ExamPlan.make(
            decks: decks.filter { deckIDs.isEmpty || deckIDs.contains($0.id) }, tags: tags, count: count,
            using: &generator)
        var byCard: [String: (question: Question, presentation: Presentation)] = [:]
        for item in plan.items { byCard[item.cardID] = (item.question, item.presentation) }
        guard answeredCards.allSatisfy({ byCard[$0] != nil }) else { return nil }
        return byCard
    }
}

extension JSONNode {
    /// The value of the first member named `key`, when this is an object.
    func member(_ key: String) -> JSONNode? {
        objectValue?.first { $0.key == key }?.value
    }
}
