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

    /// Where a card's question is: positions in `decks`, not copies, so the catalog adds a few
    /// bytes per card to the content rather than a second copy of every question.
    private struct Place: Sendable {
        var deck: Int32
        var question: Int32
        var curriculumOrder: Int
    }

    private let decks: [Deck]
    private var places: [Place] = []
    private var positions: [String: Int] = [:]
    /// Card ids in deck order, then authored order: the order reports list them in.
    public private(set) var order: [String] = []

    public init(library: ContentLibrary, deckIDs: [String] = []) {
        decks = library.decks.filter { deckIDs.isEmpty || deckIDs.contains($0.id) }
        let lessonOrder = Dictionary(
            library.lessons.lessons.map { ($0.id, $0.order) }, uniquingKeysWith: { first, _ in first })
        let count = decks.reduce(0) { $0 + $1.questions.count }
        places.reserveCapacity(count)
        positions.reserveCapacity(count)
        order.reserveCapacity(count)
        for (deckIndex, deck) in decks.enumerated() {
            let curriculum = deck.questions.enumerated().map { index, question in
                Self.stepsPerPlace
                    * ((lessonOrder[question.lesson.lessonID] ?? Int(Int16.max)) * 100_000 + index)
            }
            let caseSteps = Self.caseSteps(deck, curriculum: curriculum)
            for (index, question) in deck.questions.enumerated() {
                let id = Self.cardID(deck: deck.id, question: question.id)
                // Ids are unique in a loaded library; should two clash, the first one stands.
                guard positions[id] == nil else { continue }
                positions[id] = places.count
                places.append(
                    Place(
                        deck: Int32(deckIndex), question: Int32(index),
                        curriculumOrder: caseSteps[question.id] ?? curriculum[index]))
                order.append(id)
            }
        }
    }

    public static func cardID(deck: String, question: String) -> String { "\(deck)/\(question)" }

    /// Room left between two questions' places in the curriculum for the steps of a client case.
    static let stepsPerPlace = 64

    /// A client case's steps come one after another, in the case's order, where its earliest step
    /// would come in the curriculum: ordered by their lesson links alone, a case would start at
    /// the step whose lesson comes first (its third step, say) and scatter the rest.
    private static func caseSteps(_ deck: Deck, curriculum: [Int]) -> [String: Int] {
        guard !deck.cases.isEmpty else { return [:] }
        let index = Dictionary(
            deck.questions.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        var orders: [String: Int] = [:]
        for clientCase in deck.cases {
            let places = clientCase.steps.compactMap { index[$0] }
            guard let start = places.map({ curriculum[$0] }).min() else { continue }
            for (step, id) in clientCase.steps.prefix(stepsPerPlace - 1).enumerated() where orders[id] == nil
            {
                orders[id] = start + step
            }
        }
        return orders
    }

    public subscript(id: String) -> Entry? { positions[id].map(entry(at:)) }

    public var count: Int { places.count }

    public var isEmpty: Bool { places.isEmpty }

    /// Queue cards for every catalogued question, with its stored state when it has one.
    ///
    /// `states` holds each card at most once, in any order; states of cards not in the catalog
    /// (their questions were removed) are ignored.
    public func queueCards(states: some Sequence<CardState>) -> [QueueCard] {
        var cards = zip(order, places).map { id, place in
            // The library lists decks in curriculum order, so a deck's position is its rank.
            QueueCard(
                id: id, deckID: decks[Int(place.deck)].id, deckOrder: Int(place.deck),
                curriculumOrder: place.curriculumOrder, schedule: nil)
        }
        for state in states {
            guard let position = positions[state.cardID] else { continue }
            let blank = cards[position]
            cards[position] = QueueCard(
                id: blank.id, deckID: blank.deckID, deckOrder: blank.deckOrder,
                curriculumOrder: blank.curriculumOrder,
                schedule: state.schedule,
                isSuspended: state.suspended, buriedUntil: state.buriedUntil, lapses: state.lapses)
        }
        return cards
    }

    private func entry(at position: Int) -> Entry {
        let place = places[position]
        let deck = decks[Int(place.deck)]
        return Entry(
            deck: deck, question: deck.questions[Int(place.question)], curriculumOrder: place.curriculumOrder)
    }
}
