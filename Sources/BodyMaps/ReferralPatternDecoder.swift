import Curriculum
import TextFormats

/// Reads `patterns.json`: each muscle's trigger points and zones, checked against the body model
/// (every region and view exists, every trigger point lies in the body it is drawn on).
public enum ReferralPatternDecoder {
    public static let fileName = "patterns.json"
    public static let format = 1

    /// The patterns, each with the line its entry starts on (for the lesson checks), and every
    /// problem found. A pattern with an error is left out.
    public static func decode(_ bytes: [UInt8], file: String, model: BodyModel) -> (
        patterns: [(pattern: ReferralPattern, position: SourcePosition)], diagnostics: [Diagnostic]
    ) {
        var reader = BodyJSONReader(file: file, bytes: bytes)
        guard let root = reader.parse(),
            let members = reader.object(
                root, field: "$", allowed: ["$schema", "format", "bodyModel", "side", "patterns"]),
            reader.checkFormat(members, at: root.offset, supported: format)
        else { return ([], reader.diagnostics) }
        if let member = members["bodyModel"], let version = member.value.stringValue, version != model.version
        {
            reader.report(
                at: member.value.offset, field: "bodyModel",
                "the patterns were placed on body model \(QuotedInput.quote(version)), but the model is version '\(model.version)'; check the trigger points and regions still fit, then write \"bodyModel\": \"\(model.version)\"",
                severity: .warning)
        }
        var side = BodySide.right
        if members["side"] != nil {
            side = decodeSide(members, field: "side", reader: &reader) ?? .right
        }
        guard let list = members["patterns"] else {
            reader.report(at: root.offset, field: "patterns", "the file lacks 'patterns'")
            return ([], reader.diagnostics)
        }
        guard let items = reader.array(list.value, field: "patterns") else { return ([], reader.diagnostics) }
        var patterns: [(ReferralPattern, SourcePosition)] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let field = "patterns[\(index)]"
            let before = reader.diagnostics.count
            guard let pattern = decodePattern(item, field: field, side: side, model: model, reader: &reader),
                !reader.diagnostics[before...].contains(where: { $0.severity == .error })
            else { continue }
            if let other = seen[pattern.muscle] {
                reader.report(
                    at: item.offset, field: field + ".muscle",
                    "the muscle '\(pattern.muscle)' already has a pattern (patterns[\(other)]); give each muscle one"
                )
                continue
            }
            seen[pattern.muscle] = index
            patterns.append((pattern, reader.source.position(ofByteOffset: item.offset)))
        }
        return (patterns, reader.diagnostics)
    }

    private static func decodeSide(
        _ members: [String: JSONMember], field: String, reader: inout BodyJSONReader
    )
        -> BodySide?
    {
        guard let member = members[field.split(separator: ".").last.map(String.init) ?? field] else {
            return nil
        }
        guard let text = member.value.stringValue, let side = BodySide(rawValue: text), side != .midline
        else {
            reader.report(
                at: member.value.offset, field: field,
                "\(field) must be \"right\" or \"left\" (the side the trigger points are on)")
            return nil
        }
        return side
    }

    private static func decodePattern(
        _ node: JSONNode, field: String, side fileSide: BodySide, model: BodyModel,
        reader: inout BodyJSONReader
    ) -> ReferralPattern? {
        guard
            let members = reader.object(
                node, field: field,
                allowed: [
                    "muscle", "title", "lesson", "side", "views", "triggerPoints", "essential", "spillover",
                ])
        else { return nil }
        let muscle = reader.string(members, "muscle", in: field, at: node.offset, slug: true)
        let title = reader.string(members, "title", in: field, at: node.offset)
        var link: LessonLink?
        if let text = reader.string(members, "lesson", in: field, at: node.offset) {
            do {
                let parsed = try LessonLink.parse(text)
                if parsed.anchor == nil {
                    reader.report(
                        at: members["lesson"]!.value.offset, field: field + ".lesson",
                        "link the pattern to the muscle's section, lesson-id#section (e.g. referral-patterns#soleus), not a whole lesson"
                    )
                } else {
                    link = parsed
                }
            } catch {
                reader.report(
                    at: members["lesson"]!.value.offset, field: field + ".lesson", error.description)
            }
        }
        let side =
            members["side"] == nil ? fileSide : decodeSide(members, field: field + ".side", reader: &reader)
        let views = viewNames(members, field: field, at: node.offset, model: model, reader: &reader)
        let triggerPoints = decodeTriggerPoints(
            members, field: field, at: node.offset, views: views, model: model, reader: &reader)
        let essential = regionNames(
            members, "essential", field: field, at: node.offset, views: views, side: side, model: model,
            reader: &reader)
        let spillover = regionNames(
            members, "spillover", field: field, at: node.offset, views: views, side: side, model: model,
            reader: &reader, optional: true)
        if let essential, essential.isEmpty, let member = members["essential"] {
            reader.report(
                at: member.value.offset, field: field + ".essential",
                "a pattern needs at least one essential region")
        }
        if let essential, let spillover, let member = members["spillover"] {
            for name in spillover where essential.contains(name) {
                reader.report(
                    at: member.value.offset, field: field + ".spillover",
                    "'\(name)' is in both the essential and the spillover zone; keep it in one")
            }
        }
        guard let muscle, let title, let link, let side, let views, let triggerPoints, let essential else {
            return nil
        }
        return ReferralPattern(
            muscle: muscle, title: title, lesson: link, side: side, views: views,
            triggerPoints: triggerPoints,
            essential: essential, spillover: spillover ?? [])
    }

    private static func viewNames(
        _ members: [String: JSONMember], field: String, at offset: Int, model: BodyModel,
        reader: inout BodyJSONReader
    ) -> [String]? {
        guard let member = members["views"] else {
            reader.report(
                at: offset, field: field + ".views",
                "\(field) lacks 'views' (which drawings to show: \(model.views.map(\.name).joined(separator: ", ")))"
            )
            return nil
        }
        guard let items = reader.array(member.value, field: field + ".views") else { return nil }
        var names: [String] = []
        for (index, item) in items.enumerated() {
            guard let name = item.stringValue, model.view(named: name) != nil else {
                let shown = item.stringValue.map { QuotedInput.quote($0) } ?? item.typeDescription
                reader.report(
                    at: item.offset, field: "\(field).views[\(index)]",
                    "\(shown) is not a view; the views are \(model.views.map(\.name).joined(separator: ", "))"
                )
                return nil
            }
            if !names.contains(name) { names.append(name) }
        }
        if names.isEmpty {
            reader.report(at: member.value.offset, field: field + ".views", "name at least one view to draw")
            return nil
        }
        return names
    }

    private static func decodeTriggerPoints(
        _ members: [String: JSONMember], field: String, at offset: Int, views: [String]?, model: BodyModel,
        reader: inout BodyJSONReader
    ) -> [TriggerPoint]? {
        guard let member = members["triggerPoints"] else {
            reader.report(
                at: offset, field: field + ".triggerPoints",
                "\(field) lacks 'triggerPoints' (where to draw ×)")
            return nil
        }
        guard let items = reader.array(member.value, field: field + ".triggerPoints") else { return nil }
        if items.isEmpty {
            reader.report(
                at: member.value.offset, field: field + ".triggerPoints",
                "a pattern needs at least one trigger point")
        }
        var points: [TriggerPoint] = []
        for (index, item) in items.enumerated() {
            let itemField = "\(field).triggerPoints[\(index)]"
            guard let object = reader.object(item, field: itemField, allowed: ["view", "at"]),
                let viewName = reader.string(object, "view", in: itemField, at: item.offset)
            else { continue }
            guard let view = model.view(named: viewName), views?.contains(viewName) ?? true else {
                reader.report(
                    at: object["view"]!.value.offset, field: itemField + ".view",
                    "the trigger point is on the view \(QuotedInput.quote(viewName)), which the pattern does not show; use one of \((views ?? []).joined(separator: ", "))"
                )
                continue
            }
            guard let at = object["at"] else {
                reader.report(at: item.offset, field: itemField + ".at", "\(itemField) lacks 'at' ([x, y])")
                continue
            }
            guard
                let location = reader.point(
                    at.value, field: itemField + ".at", width: view.width, height: view.height)
            else {
                continue
            }
            if !view.outline.contains(where: { $0.contains(location) }) {
                reader.report(
                    at: at.value.offset, field: itemField + ".at",
                    "the trigger point lies outside the body in the view '\(viewName)'; move it onto the muscle"
                )
                continue
            }
            points.append(TriggerPoint(view: viewName, location: location))
        }
        return points
    }

    private static func regionNames(
        _ members: [String: JSONMember], _ key: String, field: String, at offset: Int, views: [String]?,
        side: BodySide?, model: BodyModel, reader: inout BodyJSONReader, optional: Bool = false
    ) -> [String]? {
        guard let member = members[key] else {
            if optional { return [] }
            reader.report(at: offset, field: "\(field).\(key)", "\(field) lacks '\(key)' (region names)")
            return nil
        }
        guard let items = reader.array(member.value, field: "\(field).\(key)") else { return nil }
        var names: [String] = []
        for (index, item) in items.enumerated() {
            let itemField = "\(field).\(key)[\(index)]"
            guard let name = item.stringValue else {
                reader.report(
                    at: item.offset, field: itemField,
                    "\(itemField) must be a region name, found \(item.typeDescription)")
                continue
            }
            guard let region = model.resolve(name, side: side ?? .right) else {
                let near =
                    EditDistance.isShortEnoughToSuggest(name)
                    ? EditDistance.suggestions(for: name, among: model.acceptedNames) : []
                let hint =
                    near.isEmpty
                    ? "; see the region names in \(BodyModelDecoder.fileName)"
                    : "; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
                reader.report(
                    at: item.offset, field: itemField, "there is no region \(QuotedInput.quote(name))\(hint)")
                continue
            }
            if let views, !views.contains(where: region.appears(in:)) {
                let drawn = region.shapes.map(\.view)
                reader.report(
                    at: item.offset, field: itemField,
                    "the region '\(name)' is drawn only in \(drawn.joined(separator: ", ")), which the pattern does not show; add that view to 'views'"
                )
                continue
            }
            if names.contains(name) {
                reader.report(
                    at: item.offset, field: itemField, "'\(name)' is listed twice", severity: .warning)
                continue
            }
            names.append(name)
        }
        return names
    }
}
