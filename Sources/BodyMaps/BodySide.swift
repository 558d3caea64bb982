/// Which side of the body a region or a pattern is on.
///
/// The model declares one side of each paired region and mirrors it; regions on the midline
/// (the sacrum, the throat) exist once.
public enum BodySide: String, Sendable, Hashable, CaseIterable {
    case right
    case left
    case midline

    /// The side across the midline (the midline stays where it is).
    public var opposite: BodySide {
        switch self {
        case .right: .left
        case .left: .right
        case .midline: .midline
        }
    }
}
