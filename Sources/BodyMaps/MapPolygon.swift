/// A closed outline, as the body model draws every region and silhouette.
public struct MapPolygon: Sendable, Hashable {
    public var points: [MapPoint]

    public init(_ points: [MapPoint]) {
        self.points = points
    }

    public func mirrored(width: Double) -> MapPolygon {
        MapPolygon(points.map { $0.mirrored(width: width) })
    }

    /// Whether `point` lies inside (even-odd rule), the test the rasteriser makes for every cell.
    public func contains(_ point: MapPoint) -> Bool {
        guard points.count >= 3 else { return false }
        var inside = false
        var previous = points[points.count - 1]
        for current in points {
            if (current.y > point.y) != (previous.y > point.y) {
                let crossing =
                    (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x
                if point.x < crossing { inside.toggle() }
            }
            previous = current
        }
        return inside
    }

    /// The smallest box around the outline: lets the rasteriser skip cells far from a region.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        var box = (
            minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity
        )
        for point in points {
            box.minX = min(box.minX, point.x)
            box.minY = min(box.minY, point.y)
            box.maxX = max(box.maxX, point.x)
            box.maxY = max(box.maxY, point.y)
        }
        return box
    }
}
