/// The part of a view that is drawn: the whole view, or a close-up of where a pattern lies so a
/// forearm or a heel is drawn larger than the whole body would allow in a terminal.
public struct MapWindow: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var width: Double
    public var height: Double

    public init(minX: Double, minY: Double, width: Double, height: Double) {
        self.minX = minX
        self.minY = minY
        self.width = width
        self.height = height
    }

    public static func whole(_ view: BodyView) -> MapWindow {
        MapWindow(minX: 0, minY: 0, width: view.width, height: view.height)
    }

    /// A window around `box` (zones and trigger points), widened by a margin, at least
    /// `minimumShare` of the view's height (so the body stays recognisable), with the
    /// proportions `aspect` (width / height), and shifted to stay inside the view. The whole view
    /// when the close-up would show most of it anyway.
    public static func around(
        _ box: (minX: Double, minY: Double, maxX: Double, maxY: Double), in view: BodyView, aspect: Double,
        minimumShare: Double = 0.45
    ) -> MapWindow {
        guard box.minX <= box.maxX, box.minY <= box.maxY, aspect > 0 else { return whole(view) }
        let margin = view.height * 0.06
        var height = max(box.maxY - box.minY + 2 * margin, view.height * minimumShare)
        var width = max(box.maxX - box.minX + 2 * margin, height * aspect)
        height = max(height, width / aspect)
        width = height * aspect
        guard height < view.height * 0.8 else { return whole(view) }
        let centreX = (box.minX + box.maxX) / 2
        let centreY = (box.minY + box.maxY) / 2
        let minX =
            width >= view.width
            ? (view.width - width) / 2 : min(max(0, centreX - width / 2), view.width - width)
        let minY = min(max(0, centreY - height / 2), view.height - height)
        return MapWindow(minX: minX, minY: minY, width: width, height: height)
    }
}
