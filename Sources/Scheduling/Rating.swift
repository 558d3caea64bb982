import Foundation
import TextFormats

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

extension Rating {
    /// Reads a rating as review histories and students write it: `1`–`4` or the name in any case
    /// (`again`, `Hard`, `GOOD`, `easy`), surrounding spaces ignored.
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace()
        if let number = Int(trimmed), let rating = Rating(rawValue: number) {
            self = rating
            return
        }
        guard let rating = Rating.allCases.first(where: { $0.name.lowercased() == trimmed.lowercased() })
        else {
            return nil
        }
        self = rating
    }
}
