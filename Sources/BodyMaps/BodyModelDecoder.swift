import TextFormats

/// Reads `body-model.json`: views with their silhouettes, and regions declared on the right side
/// (or the midline) that are mirrored here to make the left.
public enum BodyModelDecoder {
    public static let fileName = "body-model.json"
    public static let format = 1

    public static func decode(_ bytes: [UInt8], file: String) -> (
        model: BodyModel?, diagnostics: [Diagnostic]
    ) {
        var reader = BodyJSONReader(file: file, bytes: bytes)
        guard let root = reader.parse(),
            let members = reader.object(
                root, field: "$", allowed: ["$schema", "format", "version", "title", "views", "regions"]),
            reader.checkFormat(members, at: root.offset, supported: format)
        else { return (nil, reader.diagnostics) }
        let version = reader.string(members, "version", in: "$", at: root.offset)
        let title = reader.string(members, "title", in: "$", at: root.offset)
        var views: [BodyView] = []
        if let node = members["views"]?.value, let items = reader.array(node, field: "views") {
            for (index, item) in items.enumerated() {
                guard let view = decodeView(item, field: "views[\(index)]", reader: &reader) else { continue }
                if views.contains(where: { $0.name == view.name }) {
                    reader.report(
                        at: item.offset, field: "views[\(index)].name",
                        "the view '\(view.name)' is declared twice")
                    continue
                }
                views.append(view)
            }
        } else if members["views"] == nil {
            reader.report(at: root.offset, field: "views", "the file lacks 'views' (front, back…)")
        }
        var regions: [BodyRegion] = []
        var declared: [String: Int] = [:]
        if let node = members["regions"]?.value, let items = reader.array(node, field: "regions") {
            for (index, item) in items.enumerated() {
                let field = "regions[\(index)]"
                guard let made = decodeRegion(item, field: field, views: views, reader: &reader) else {
                    continue
                }
                if declared[made[0].baseName] != nil {
                    reader.report(
                        at: item.offset, field: field + ".name",
                        "the region '\(made[0].baseName)' is declared twice (also regions[\(declared[made[0].baseName]!)]); region names must be unique"
                    )
                    continue
                }
                declared[made[0].baseName] = index
                regions += made
            }
        } else if members["regions"] == nil {
            reader.report(at: root.offset, field: "regions", "the file lacks 'regions'")
        }
        guard let version, let title, reader.diagnostics.allSatisfy({ $0.severity != .error }) else {
            return (nil, reader.diagnostics)
        }
        return (BodyModel(version: version, title: title, views: views, regions: regions), reader.diagnostics)
    }

    private static func decodeView(_ node: JSONNode, field: String, reader: inout BodyJSONReader) -> BodyView?
    {
        guard
            let members = reader.object(
                node, field: field, allowed: ["name", "title", "width", "height", "shows", "outline"])
        else { return nil }
        let name = reader.string(members, "name", in: field, at: node.offset, slug: true)
        let title = reader.string(members, "title", in: field, at: node.offset)
        let shows = reader.string(members, "shows", in: field, at: node.offset)
        if let shows, !["both-sides", "one-side"].contains(shows), let member = members["shows"] {
            reader.report(
                at: member.value.offset, field: field + ".shows",
                "\(QuotedInput.quote(shows)) is not a kind of view; write both-sides (front, back) or one-side (a side view)"
            )
        }
        var size: [Double] = []
        for key in ["width", "height"] {
            guard let member = members[key] else {
                reader.report(at: node.offset, field: "\(field).\(key)", "\(field) lacks '\(key)'")
                continue
            }
            guard let value = reader.number(member.value, field: "\(field).\(key)") else { continue }
            guard value >= 1, value <= 10_000 else {
                reader.report(
                    at: member.value.offset, field: "\(field).\(key)", "'\(key)' must be between 1 and 10000")
                continue
            }
            size.append(value)
        }
        guard size.count == 2 else { return nil }
        var outline: [MapPolygon] = []
        if let member = members["outline"], let items = reader.array(member.value, field: field + ".outline")
        {
            for (index, item) in items.enumerated() {
                if let polygon = reader.polygon(
                    item, field: "\(field).outline[\(index)]", width: size[0], height: size[1])
                {
                    outline.append(polygon)
                }
            }
            if items.isEmpty {
                reader.report(
                    at: member.value.offset, field: field + ".outline",
                    "the outline needs at least one polygon")
            }
        } else if members["outline"] == nil {
            reader.report(
                at: node.offset, field: field + ".outline",
                "\(field) lacks 'outline' (the silhouette's polygons)")
        }
        guard let name, let title, let shows else { return nil }
        return BodyView(
            name: name, title: title, width: size[0], height: size[1], showsOneSide: shows == "one-side",
            outline: outline)
    }

    /// One declared region and, when it is paired, its mirrored twin.
    private static func decodeRegion(
        _ node: JSONNode, field: String, views: [BodyView], reader: inout BodyJSONReader
    ) -> [BodyRegion]? {
        guard let members = reader.object(node, field: field, allowed: ["name", "title", "sides", "shapes"])
        else {
            return nil
        }
        let name = reader.string(members, "name", in: field, at: node.offset, slug: true)
        let title = reader.string(members, "title", in: field, at: node.offset)
        let sides = reader.string(members, "sides", in: field, at: node.offset)
        if let sides, !["mirrored", "midline"].contains(sides), let member = members["sides"] {
            reader.report(
                at: member.value.offset, field: field + ".sides",
                "\(QuotedInput.quote(sides)) is not valid; write mirrored (declared on the right, mirrored to the left) or midline"
            )
        }
        if let name, name.hasSuffix("-left") || name.hasSuffix("-right"), let member = members["name"] {
            reader.report(
                at: member.value.offset, field: field + ".name",
                "'\(name)' ends with a side; name the region without it ('\(name.split(separator: "-").dropLast().joined(separator: "-"))'): its sides are added when it is mirrored"
            )
        }
        var shapes: [BodyRegion.Shape] = []
        if let member = members["shapes"], let items = reader.array(member.value, field: field + ".shapes") {
            if items.isEmpty {
                reader.report(
                    at: member.value.offset, field: field + ".shapes", "a region needs at least one shape")
            }
            for (index, item) in items.enumerated() {
                let shapeField = "\(field).shapes[\(index)]"
                guard let shape = reader.object(item, field: shapeField, allowed: ["view", "points"]),
                    let viewName = reader.string(shape, "view", in: shapeField, at: item.offset)
                else { continue }
                guard let view = views.first(where: { $0.name == viewName }) else {
                    let names = views.map(\.name)
                    let near = EditDistance.suggestions(for: viewName, among: names).first
                    reader.report(
                        at: shape["view"]!.value.offset, field: shapeField + ".view",
                        "there is no view \(QuotedInput.quote(viewName))\(near.map { "; did you mean '\($0)'?" } ?? "") (the views are \(names.joined(separator: ", ")))"
                    )
                    continue
                }
                guard let points = shape["points"] else {
                    reader.report(
                        at: item.offset, field: shapeField + ".points", "\(shapeField) lacks 'points'")
                    continue
                }
                if let polygon = reader.polygon(
                    points.value, field: shapeField + ".points", width: view.width, height: view.height)
                {
                    shapes.append(BodyRegion.Shape(view: viewName, polygon: polygon))
                }
            }
        } else if members["shapes"] == nil {
            reader.report(at: node.offset, field: field + ".shapes", "\(field) lacks 'shapes'")
        }
        guard let name, let title, let sides, !shapes.isEmpty else { return nil }
        if sides == "midline" {
            return [BodyRegion(name: name, baseName: name, title: title, side: .midline, shapes: shapes)]
        }
        let mirrored = shapes.map { shape in
            let width = views.first { $0.name == shape.view }?.width ?? 0
            return BodyRegion.Shape(view: shape.view, polygon: shape.polygon.mirrored(width: width))
        }
        return [
            BodyRegion(name: name + "-right", baseName: name, title: title, side: .right, shapes: shapes),
            BodyRegion(name: name + "-left", baseName: name, title: title, side: .left, shapes: mirrored),
        ]
    }
}
