/// What one pixel of a drawn map shows. Ordered by strength: where two overlap, the stronger wins.
public enum MapPaint: UInt8, Sendable, Hashable, Comparable, CaseIterable {
    case outside
    case body
    case spillover
    case essential
    case triggerPoint

    public static func < (lhs: MapPaint, rhs: MapPaint) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The fill character of plain text (no colour): distinct for each paint, so a map reads
    /// without colour and in a test.
    public var plainCharacter: Character {
        switch self {
        case .outside: " "
        case .body: "."
        case .spillover: "+"
        case .essential: "#"
        case .triggerPoint: "×"
        }
    }
}
