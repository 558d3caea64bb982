import Content
import Decks
import Progress
import Scheduling

/// The cards a student can study: every question of the chosen decks, keyed `deck-id/question-id`.
///
/// The id is the card's identity, so an edited question keeps its history; a question removed
/// from its deck is simply not in the catalog, so it leaves the queue while its history stays in
/// the store; a new question has no stored state and arrives as a new card.
public struct CardCatalog: Sendable {
    public struct Entry: Sendable {
        public var deck: Deck
        public var question: Question
        /// New cards come in this order within a deck: by the lesson they link to, then as authored.
        public var curriculumOrder: Int
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Card ids in deck order, then authored order: the order reports list them in.
    public private(set) var order: [String] = []

    public init(library: ContentLibrary, deckIDs: [String] = []) {
        let lessonOrder = Dictionary(
            library.lessons.lessons.map { ($0.id, $0.order) }, uniquingKeysWith: { first, _ in first })
        for deck in library.decks where deckIDs.isEmpty || deckIDs.contains(deck.id) {
            for (index, question) in deck.questions.enumerated() {
                let id = Self.cardID(deck: deck.id, question: question.id)
                let lesson = lessonOrder[question.lesson.lessonID] ?? Int(Int16.max)
                entries[id] = Entry(deck: deck, question: question, curriculumOrder: lesson * 100_000 + index)
                order.append(id)
            }
        }
    }

    public static func cardID(deck: String, question: String) -> String { "\(deck)/\(question)" }

    public subscript(id: String) -> Entry? { entries[id] }

    public var isEmpty: Bool { entries.isEmpty }

    /// Queue cards for every catalogued question, with their stored state when they have one.
    public func queueCards(states: [String: CardState]) -> [QueueCard] {
        order.compactMap { id in
            guard let entry = entries[id] else { return nil }
            let state = states[id]
            return QueueCard(
                id: id, deckID: entry.deck.id, curriculumOrder: entry.curriculumOrder,
                schedule: state?.schedule,
                isSuspended: state?.suspended ?? false, buriedUntil: state?.buriedUntil,
                lapses: state?.lapses ?? 0)
        }
    }
}
