import BodyMaps

/// A referral map as inline SVG, for lesson pages and reports: each view the pattern names, the
/// essential zone solid and the spillover zone stippled (as on Travell and Simons's charts, and
/// still readable printed in black and white), the trigger points marked ×.
public enum ReferralMapSVG {
    /// The height a body view is drawn at, in CSS pixels.
    static let viewHeight = 300.0
    static let gap = 24.0
    static let titleRoom = 20.0
    static let legendRoom = 28.0

    /// Writes `<figure class="referral-map">` with the SVG and a caption naming the zones.
    ///
    /// - Parameter idPrefix: makes the ids of clip paths and fills unique when a page holds several
    ///   maps (a lesson page, a report); the muscle id is added to it.
    public static func figure(
        _ pattern: ReferralPattern, model: BodyModel, idPrefix: String = "map", into html: inout HTMLBuilder
    ) {
        html.newline()
        html.open("figure", ["class": "referral-map", "id": "\(idPrefix)-\(pattern.muscle)"])
        svg(pattern, model: model, idPrefix: idPrefix, into: &html)
        html.open("figcaption")
        html.element("strong", text: "\(pattern.title): ")
        html.text(
            "essential zone: "
                + pattern.essentialRegions(in: model).map { $0.title(about: pattern.side) }.joined(
                    separator: ", "))
        let spillover = pattern.spilloverRegions(in: model).map { $0.title(about: pattern.side) }
        html.text(
            "; spillover zone: " + (spillover.isEmpty ? "none" : spillover.joined(separator: ", ")) + ".")
        html.close()
        html.close()
    }

    /// The `<svg>` element alone.
    public static func svg(
        _ pattern: ReferralPattern, model: BodyModel, idPrefix: String = "map", into html: inout HTMLBuilder
    ) {
        let views = pattern.views.compactMap { model.view(named: $0) }
        // The close-ups the terminal draws, so the forearm of a forearm pattern is not a sliver.
        let windows = views.map { ReferralMapDrawing.focusWindow(of: $0, pattern: pattern, model: model) }
        let scales = zip(views, windows).map { view, window in
            (view.showsOneSide ? viewHeight * 0.8 : viewHeight) / window.height
        }
        let widths = zip(windows, scales).map { $0.width * $1 }
        // Room for the legend, however narrow the views.
        let width = max(330, widths.reduce(0, +) + gap * Double(max(0, views.count - 1)))
        let height = titleRoom + viewHeight + legendRoom
        let label = "Referral map of the \(pattern.title.lowercased())"
        html.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "width": number(width), "height": number(height),
                "viewBox": "0 0 \(number(width)) \(number(height))", "role": "img", "aria-label": label,
                "class": "body-map",
            ])
        html.element("title", text: label)
        let base = "\(idPrefix)-\(pattern.muscle)"
        html.open("defs")
        html.open(
            "pattern",
            ["id": "\(base)-stipple", "width": "4", "height": "4", "patternUnits": "userSpaceOnUse"])
        html.empty("rect", ["width": "4", "height": "4", "class": "spill-ground"])
        html.empty("circle", ["cx": "1", "cy": "1", "r": "0.9", "class": "spill-dot"])
        html.empty("circle", ["cx": "3", "cy": "3", "r": "0.9", "class": "spill-dot"])
        html.close()
        for view in views {
            html.open("clipPath", ["id": "\(base)-\(view.name)-clip"])
            for polygon in view.outline(for: pattern.side) {
                html.empty("polygon", ["points": points(polygon)])
            }
            html.close()
        }
        html.close()
        var x = 0.0
        let essential = pattern.essentialRegions(in: model)
        let spillover = pattern.spilloverRegions(in: model)
        for (index, view) in views.enumerated() {
            let scale = scales[index]
            html.element(
                "text", ["x": number(x + widths[index] / 2), "y": "14", "class": "middle"],
                text: view.panelTitle(side: pattern.side))
            if !view.showsOneSide {
                let (left, right) = view.sideLabels
                html.element("text", ["x": number(x), "y": "14", "class": "start axis"], text: left)
                html.element(
                    "text", ["x": number(x + widths[index]), "y": "14", "class": "end axis"], text: right)
            }
            let window = windows[index]
            // A nested <svg> with the window as its viewBox: scales the view and clips what lies
            // outside the close-up.
            html.open(
                "svg",
                [
                    "x": number(x), "y": number(titleRoom), "width": number(widths[index]),
                    "height": number(window.height * scale),
                    "viewBox":
                        "\(number(window.minX)) \(number(window.minY)) \(number(window.width)) \(number(window.height))",
                ])
            let outline = view.outline(for: pattern.side)
            // The contour under the skin: where the silhouette's pieces overlap (neck, limbs) the
            // fill hides their own edges, so only the body's outer line shows.
            for polygon in outline { html.empty("polygon", ["points": points(polygon), "class": "contour"]) }
            for polygon in outline { html.empty("polygon", ["points": points(polygon), "class": "skin"]) }
            html.open("g", ["clip-path": "url(#\(base)-\(view.name)-clip)"])
            let visible = { (region: BodyRegion) in
                !view.showsOneSide || region.side == pattern.side || region.side == .midline
            }
            for region in spillover where visible(region) {
                for polygon in region.polygons(in: view.name) {
                    html.empty(
                        "polygon",
                        ["points": points(polygon), "fill": "url(#\(base)-stipple)", "class": "spillover"])
                }
            }
            for region in essential where visible(region) {
                for polygon in region.polygons(in: view.name) {
                    html.empty("polygon", ["points": points(polygon), "class": "essential"])
                }
            }
            html.close()
            for point in pattern.triggerPoints where point.view == view.name {
                let placed =
                    view.showsOneSide && pattern.side == .left
                    ? point.location.mirrored(width: view.width) : point.location
                cross(at: placed, size: 9 / max(scale, 0.01), into: &html)
            }
            html.close()
            x += widths[index] + gap
        }
        legend(y: titleRoom + viewHeight + 8, stipple: "\(base)-stipple", into: &html)
        html.close()
    }

    private static func legend(y: Double, stipple: String, into html: inout HTMLBuilder) {
        var x = 0.0
        let entries: [(String, String?)] = [
            ("essential zone", nil), ("spillover zone", "url(#\(stipple))"), ("trigger point", "×"),
        ]
        for (text, fill) in entries {
            if fill == "×" {
                cross(at: MapPoint(x: x + 6, y: y + 6), size: 5, into: &html)
            } else {
                html.empty(
                    "rect",
                    [
                        "x": number(x), "y": number(y), "width": "12", "height": "12",
                        "class": fill == nil ? "essential" : "spillover", "fill": fill,
                    ])
            }
            html.element("text", ["x": number(x + 17), "y": number(y + 10), "class": "start"], text: text)
            x += 24 + Double(text.count) * 6.5
        }
    }

    private static func cross(at point: MapPoint, size: Double, into html: inout HTMLBuilder) {
        let half = size / 2
        for (dx, dy) in [(half, half), (half, -half)] {
            html.empty(
                "line",
                [
                    "x1": number(point.x - dx), "y1": number(point.y - dy), "x2": number(point.x + dx),
                    "y2": number(point.y + dy), "class": "trigger", "stroke-width": number(size / 3.5),
                ])
        }
    }

    private static func points(_ polygon: MapPolygon) -> String {
        polygon.points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// A coordinate with at most two decimals, and no "-0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
