import TextFormats

/// Reads the body-model and pattern files' JSON with every problem located (file, line, column,
/// field) and worded as advice, the way the deck checker reports.
struct BodyJSONReader {
    let file: String
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(file: String, bytes: [UInt8]) {
        self.file = file
        source = SourceText(bytes: bytes)
    }

    /// The document, or `nil` (with the syntax error reported) when it is not JSON.
    mutating func parse() -> JSONNode? {
        do {
            return try JSONParser.parse(source.bytes)
        } catch {
            report(at: error.offset, field: nil, "this is not valid JSON: \(error.message)")
            return nil
        }
    }

    mutating func report(
        at offset: Int, field: String?, _ message: String, severity: Diagnostic.Severity = .error
    ) {
        diagnostics.append(
            Diagnostic(
                severity, file: file, position: source.position(ofByteOffset: offset), message: message,
                field: field))
    }

    /// The members of `node`, or `nil` (reported) when it is not an object; reports unknown keys
    /// and duplicates, so a misspelt key is never silently ignored.
    mutating func object(_ node: JSONNode, field: String, allowed: [String]) -> [String: JSONMember]? {
        guard let members = node.objectValue else {
            report(at: node.offset, field: field, "\(field) must be an object, found \(node.typeDescription)")
            return nil
        }
        var result: [String: JSONMember] = [:]
        for member in members {
            let path = field == "$" ? member.key : "\(field).\(member.key)"
            if !allowed.contains(member.key) {
                let near = EditDistance.suggestions(for: member.key, among: allowed).first
                let hint =
                    near.map { "; did you mean '\($0)'?" }
                    ?? "; allowed here: \(allowed.joined(separator: ", "))"
                report(
                    at: member.keyOffset, field: path, "unknown field \(QuotedInput.quote(member.key))\(hint)"
                )
            } else if result[member.key] != nil {
                report(at: member.keyOffset, field: path, "'\(member.key)' is given twice; keep one")
            } else {
                result[member.key] = member
            }
        }
        return result
    }

    mutating func string(
        _ members: [String: JSONMember], _ key: String, in field: String, at offset: Int, slug: Bool = false
    ) -> String? {
        let path = field == "$" ? key : "\(field).\(key)"
        guard let member = members[key] else {
            report(at: offset, field: path, "\(field) lacks '\(key)'")
            return nil
        }
        guard let text = member.value.stringValue, !text.isEmpty else {
            report(
                at: member.value.offset, field: path,
                "'\(key)' must be non-empty text, found \(member.value.typeDescription)")
            return nil
        }
        if slug && !Slug.isValid(text) {
            report(
                at: member.value.offset, field: path,
                "\(QuotedInput.quote(text)) is not a valid name; use \(Slug.rule)")
            return nil
        }
        return text
    }

    mutating func number(_ node: JSONNode, field: String) -> Double? {
        guard case .number(let value, _) = node.value, value.isFinite else {
            report(at: node.offset, field: field, "\(field) must be a number, found \(node.typeDescription)")
            return nil
        }
        return value
    }

    mutating func array(_ node: JSONNode, field: String) -> [JSONNode]? {
        guard let items = node.arrayValue else {
            report(
                at: node.offset, field: field,
                "\(field) must be a list (array), found \(node.typeDescription)")
            return nil
        }
        return items
    }

    /// `[x, y]` inside a `width` × `height` view.
    mutating func point(_ node: JSONNode, field: String, width: Double, height: Double) -> MapPoint? {
        guard let items = node.arrayValue, items.count == 2 else {
            report(
                at: node.offset, field: field,
                "\(field) must be a point [x, y], found \(node.typeDescription)")
            return nil
        }
        guard let x = number(items[0], field: field + "[0]"), let y = number(items[1], field: field + "[1]")
        else {
            return nil
        }
        guard (0...width).contains(x), (0...height).contains(y) else {
            report(
                at: node.offset, field: field,
                "the point [\(Self.format(x)), \(Self.format(y))] lies outside the view, which runs from [0, 0] to [\(Self.format(width)), \(Self.format(height))]"
            )
            return nil
        }
        return MapPoint(x: x, y: y)
    }

    /// A coordinate as written in the file: `50`, not `50.0`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A polygon: at least three points inside the view.
    mutating func polygon(_ node: JSONNode, field: String, width: Double, height: Double) -> MapPolygon? {
        guard let items = array(node, field: field) else { return nil }
        guard items.count >= 3 else {
            report(
                at: node.offset, field: field,
                "\(field) needs at least 3 points to enclose an area, found \(items.count)")
            return nil
        }
        var points: [MapPoint] = []
        for (index, item) in items.enumerated() {
            guard let point = point(item, field: "\(field)[\(index)]", width: width, height: height) else {
                return nil
            }
            points.append(point)
        }
        return MapPolygon(points)
    }

    /// The file's `format`, which must be one this Palpate reads.
    mutating func checkFormat(_ members: [String: JSONMember], at offset: Int, supported: Int) -> Bool {
        guard let member = members["format"] else {
            report(at: offset, field: "format", "the file lacks 'format' (write \"format\": \(supported))")
            return false
        }
        guard let format = member.value.integerValue else {
            report(
                at: member.value.offset, field: "format",
                "'format' must be a whole number, found \(member.value.typeDescription)")
            return false
        }
        guard format == supported else {
            report(
                at: member.value.offset, field: "format",
                "this file has format \(format), but this Palpate reads format \(supported); \(format > supported ? "update Palpate" : "write \"format\": \(supported)")"
            )
            return false
        }
        return true
    }
}
