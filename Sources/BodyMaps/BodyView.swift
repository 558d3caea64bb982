/// One drawing of the body: the front, the back or the side of the head.
public struct BodyView: Sendable, Hashable {
    public var name: String
    public var title: String
    public var width: Double
    public var height: Double
    /// Whether the view sees one side only (the side of the head): it is then drawn for the side
    /// a pattern is on, mirrored for the left, and shows only that side's regions.
    public var showsOneSide: Bool
    /// The silhouette, drawn as declared (the right side, for a one-side view).
    public var outline: [MapPolygon]

    public init(
        name: String, title: String, width: Double, height: Double, showsOneSide: Bool, outline: [MapPolygon]
    ) {
        self.name = name
        self.title = title
        self.width = width
        self.height = height
        self.showsOneSide = showsOneSide
        self.outline = outline
    }

    /// The title over a panel of this view: a one-side view says which side it shows.
    public func panelTitle(side: BodySide) -> String {
        showsOneSide ? "\(title) (\(side.rawValue))" : title
    }

    /// The labels at a panel's left and right edges. Views face the reader: the front shows the
    /// body's right on the left; a one-side view has none.
    public var sideLabels: (left: String, right: String) {
        if showsOneSide { return ("", "") }
        return name == "back" ? ("L", "R") : ("R", "L")
    }

    /// The silhouette as seen for `side`: a one-side view of the left is the mirror image.
    public func outline(for side: BodySide) -> [MapPolygon] {
        showsOneSide && side == .left ? outline.map { $0.mirrored(width: width) } : outline
    }
}
