/// A rasterised view: `width` × `height` square pixels, row by row from the top.
///
/// A terminal cell holds two pixels one above the other (a half block), so a grid of `height`
/// pixels takes `height / 2` lines.
public struct MapGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var pixels: [MapPaint]

    public init(width: Int, height: Int, fill: MapPaint = .outside) {
        self.width = max(0, width)
        self.height = max(0, height)
        pixels = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> MapPaint {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Lines of terminal cells: each cell's upper and lower pixel.
    public var cellRows: Int { (height + 1) / 2 }

    /// The two pixels of the cell at column `x`, line `row` (the lower one is `.outside` past the
    /// last pixel row).
    public func cell(x: Int, row: Int) -> (upper: MapPaint, lower: MapPaint) {
        let lower = row * 2 + 1 < height ? self[x, row * 2 + 1] : .outside
        return (self[x, row * 2], lower)
    }

    /// The grid as plain text, one character per cell, the stronger of its two pixels; trailing
    /// spaces trimmed.
    public func plainLines() -> [String] {
        (0..<cellRows).map { row in
            var line = ""
            for x in 0..<width {
                let (upper, lower) = cell(x: x, row: row)
                line.append(max(upper, lower).plainCharacter)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
