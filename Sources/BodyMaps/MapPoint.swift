/// A point in a view's coordinate space (y grows downwards, as on a page and a screen).
public struct MapPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The same point seen on the body's other side: views are drawn face on, so the other side
    /// is the mirror image across the view's vertical centre line.
    public func mirrored(width: Double) -> MapPoint { MapPoint(x: width - x, y: y) }
}
