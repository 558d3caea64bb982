/// Where a card stands in the FSRS life cycle.
///
/// Raw values match py-fsrs's `State` enum so histories and fixtures line up.
public enum CardPhase: Int, Sendable, CaseIterable, Codable {
    /// New or still inside its learning steps.
    case learning = 1
    /// Graduated: scheduled in whole days.
    case review = 2
    /// Forgotten after graduating; working through the relearning steps.
    case relearning = 3

    /// The lowercase name used in JSON output and the store.
    public var name: String {
        switch self {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }

    public init?(name: String) {
        guard let phase = CardPhase.allCases.first(where: { $0.name == name }) else { return nil }
        self = phase
    }
}
