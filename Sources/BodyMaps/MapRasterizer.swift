/// Turns a view of the body model into a grid of pixels: the silhouette, the zones of a pattern
/// and its trigger points. Polygons are filled by testing each pixel's centre (even-odd rule);
/// zones are clipped to the silhouette, so a region drawn a little past the skin never shows
/// outside the body.
public enum MapRasterizer {
    /// - Parameters:
    ///   - side: the side drawn, for a view that shows one side (the side of the head).
    ///   - zones: what to paint each region with; the stronger paint wins where regions overlap.
    ///   - triggerPoints: points in the view's declared coordinates (mirrored here for the left
    ///     on a one-side view, as the view is).
    ///   - window: the part of the view drawn (the whole view when `nil`).
    ///   - columns: the grid's width in pixels; its height keeps the window's proportions.
    public static func grid(
        of view: BodyView, side: BodySide, zones: [(region: BodyRegion, paint: MapPaint)],
        triggerPoints: [MapPoint], window: MapWindow? = nil, columns: Int
    ) -> MapGrid {
        let window = window ?? .whole(view)
        let columns = max(1, columns)
        let scale = window.width / Double(columns)
        let rows = max(1, Int((window.height / scale).rounded(.up)))
        var grid = MapGrid(width: columns, height: rows)
        let outline = view.outline(for: side)
        let visible = zones.filter { zone in
            !view.showsOneSide || zone.region.side == side || zone.region.side == .midline
        }
        let shapes = visible.flatMap { zone in
            zone.region.polygons(in: view.name).map { (polygon: $0, bounds: $0.bounds, paint: zone.paint) }
        }
        let silhouette = outline.map { (polygon: $0, bounds: $0.bounds) }
        var painted = Array(repeating: false, count: shapes.count)
        for y in 0..<rows {
            for x in 0..<columns {
                let point = MapPoint(
                    x: window.minX + (Double(x) + 0.5) * scale, y: window.minY + (Double(y) + 0.5) * scale)
                guard silhouette.contains(where: { inside(point, $0.bounds) && $0.polygon.contains(point) })
                else {
                    continue
                }
                var paint = MapPaint.body
                for (index, shape) in shapes.enumerated() where inside(point, shape.bounds) {
                    guard shape.polygon.contains(point) else { continue }
                    painted[index] = true
                    paint = max(paint, shape.paint)
                }
                grid[x, y] = paint
            }
        }
        for point in triggerPoints {
            let placed = view.showsOneSide && side == .left ? point.mirrored(width: view.width) : point
            let x = Int(((placed.x - window.minX) / scale).rounded(.down))
            let y = Int(((placed.y - window.minY) / scale).rounded(.down))
            guard (0..<columns).contains(x), (0..<rows).contains(y) else { continue }
            // Both pixels of the cell, so the mark survives the half-block and plain renderings.
            let top = y - y % 2
            grid[x, top] = .triggerPoint
            if top + 1 < rows { grid[x, top + 1] = .triggerPoint }
        }
        // A zone smaller than a pixel (the teeth, a finger, on a narrow terminal), or hidden under
        // a trigger point, still shows: its pixel nearest the middle of its outline takes its paint.
        for (index, shape) in shapes.enumerated() where !painted[index] || !grid.pixels.contains(shape.paint)
        {
            let x = Int((((shape.bounds.minX + shape.bounds.maxX) / 2 - window.minX) / scale).rounded(.down))
            let y = Int((((shape.bounds.minY + shape.bounds.maxY) / 2 - window.minY) / scale).rounded(.down))
            // That pixel, or the nearest neighbour not already as strong (a trigger point may sit there).
            let candidates = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, -1), (-1, 1), (1, 1)]
            for (dx, dy) in candidates {
                let (px, py) = (x + dx, y + dy)
                guard (0..<columns).contains(px), (0..<rows).contains(py) else { continue }
                if grid[px, py] == shape.paint { break }
                if grid[px, py] < shape.paint {
                    grid[px, py] = shape.paint
                    break
                }
            }
        }
        return grid
    }

    private static func inside(
        _ point: MapPoint, _ bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    ) -> Bool {
        point.x >= bounds.minX && point.x <= bounds.maxX && point.y >= bounds.minY && point.y <= bounds.maxY
    }
}
