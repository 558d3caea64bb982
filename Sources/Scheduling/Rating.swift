/// How well a student recalled a card, as FSRS (and Anki) grade it.
///
/// The raw values are the ones every FSRS implementation and review-log export uses.
public enum Rating: Int, Sendable, CaseIterable, Codable, Comparable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The English name students see and review histories use (`Again`, `Hard`, `Good`, `Easy`).
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}
