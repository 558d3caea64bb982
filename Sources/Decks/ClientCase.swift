/// A client case run through several linked questions of one deck, in order (intake, red flags,
/// likely muscle, technique, communication, after-care): an exam shows its steps together and
/// scores the case as a whole as well as per step. Each step stays a card of its own for review.
public struct ClientCase: Sendable, Equatable {
    /// A short id, unique in the deck.
    public var id: String
    public var title: String
    /// The client's story, shown before the first step.
    public var scenario: String
    /// The ids of its questions (of the same deck), in the order they are asked.
    public var steps: [String]

    public init(id: String, title: String, scenario: String, steps: [String]) {
        self.id = id
        self.title = title
        self.scenario = scenario
        self.steps = steps
    }
}
