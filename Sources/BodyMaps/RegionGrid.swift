/// Which region covers each pixel of a view: what a blank map with numbered regions (a question
/// answered by pointing) is drawn from, so a number can be placed on each region and the regions
/// told apart without colour.
public struct RegionGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row by row from the top: an index into the regions the grid was made from, or `nil`
    /// outside every region (or outside the body).
    public let indices: [Int?]

    public subscript(x: Int, y: Int) -> Int? { indices[y * width + x] }

    /// Rasterises `regions` in `view` the way `MapRasterizer` draws zones: clipped to the
    /// silhouette, the later region winning where two overlap, a one-side view showing only
    /// `side` and the midline.
    public init(
        of view: BodyView, side: BodySide, regions: [BodyRegion], window: MapWindow? = nil, columns: Int
    ) {
        let window = window ?? .whole(view)
        let columns = max(1, columns)
        let scale = window.width / Double(columns)
        let rows = max(1, Int((window.height / scale).rounded(.up)))
        let outline = view.outline(for: side)
        let shapes = regions.enumerated().flatMap { index, region -> [(index: Int, polygon: MapPolygon)] in
            guard !view.showsOneSide || region.side == side || region.side == .midline else { return [] }
            return region.polygons(in: view.name).map { (index, $0) }
        }
        var indices: [Int?] = Array(repeating: nil, count: columns * rows)
        for y in 0..<rows {
            for x in 0..<columns {
                let point = MapPoint(
                    x: window.minX + (Double(x) + 0.5) * scale, y: window.minY + (Double(y) + 0.5) * scale)
                guard outline.contains(where: { $0.contains(point) }) else { continue }
                for shape in shapes where shape.polygon.contains(point) {
                    indices[y * columns + x] = shape.index
                }
            }
        }
        width = columns
        height = rows
        self.indices = indices
    }

    /// The pixel nearest the middle of a region's pixels, where its number goes; `nil` when the
    /// region covers no pixel at this size.
    public func labelPixel(of index: Int) -> (x: Int, y: Int)? {
        var pixels: [(x: Int, y: Int)] = []
        for y in 0..<height {
            for x in 0..<width where self[x, y] == index { pixels.append((x, y)) }
        }
        guard !pixels.isEmpty else { return nil }
        let meanX = Double(pixels.map(\.x).reduce(0, +)) / Double(pixels.count)
        let meanY = Double(pixels.map(\.y).reduce(0, +)) / Double(pixels.count)
        return pixels.min { lhs, rhs in
            let left =
                (Double(lhs.x) - meanX) * (Double(lhs.x) - meanX) + (Double(lhs.y) - meanY)
                * (Double(lhs.y) - meanY)
            let right =
                (Double(rhs.x) - meanX) * (Double(rhs.x) - meanX) + (Double(rhs.y) - meanY)
                * (Double(rhs.y) - meanY)
            return left < right
        }
    }
}
