/// A named area of the body, such as the right heel: one polygon in each view it can be seen in.
public struct BodyRegion: Sendable, Hashable {
    /// The full name, unique in the model: `heel-right`, `heel-left`, `sacrum`.
    public var name: String
    /// The name without its side (`heel`), as patterns and questions write it.
    public var baseName: String
    public var title: String
    public var side: BodySide
    public var shapes: [Shape]

    /// Where the region is drawn in one view.
    public struct Shape: Sendable, Hashable {
        public var view: String
        public var polygon: MapPolygon

        public init(view: String, polygon: MapPolygon) {
            self.view = view
            self.polygon = polygon
        }
    }

    public init(name: String, baseName: String, title: String, side: BodySide, shapes: [Shape]) {
        self.name = name
        self.baseName = baseName
        self.title = title
        self.side = side
        self.shapes = shapes
    }

    /// The full name of a region `base` on `side`: paired regions carry their side.
    public static func fullName(base: String, side: BodySide) -> String {
        side == .midline ? base : "\(base)-\(side.rawValue)"
    }

    public func polygons(in view: String) -> [MapPolygon] {
        shapes.filter { $0.view == view }.map(\.polygon)
    }

    /// The region's title in a list about `side`: its side is said only when it is not that one
    /// (the forehead on the other side).
    public func title(about side: BodySide) -> String {
        self.side == .midline || self.side == side ? title : "\(title) (\(self.side.rawValue))"
    }

    /// Whether the region can be seen in `view`.
    public func appears(in view: String) -> Bool { shapes.contains { $0.view == view } }
}
