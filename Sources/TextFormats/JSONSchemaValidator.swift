/// Checks a JSON value against the subset of JSON Schema that Palpate's own schema files use:
/// `type` (one or a list), `required`, `properties`, `additionalProperties: false`, `items`,
/// `enum` (of strings), `format: date-time`, `minimum` and `maximum`.
///
/// Written so tests can prove that what Palpate writes matches the schema it ships, without a
/// third-party validator; keywords outside the subset are ignored, so it never claims more.
public enum JSONSchemaValidator {
    /// One place where the value breaks the schema.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// `$.exams[0].score`.
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func validate(_ value: JSONNode, schema: JSONNode) -> [Violation] {
        var violations: [Violation] = []
        check(value, schema: schema, path: "$", into: &violations)
        return violations
    }

    private static func check(
        _ value: JSONNode, schema: JSONNode, path: String, into violations: inout [Violation]
    ) {
        func keyword(_ name: String) -> JSONNode? { schema.objectValue?.first { $0.key == name }?.value }
        func fail(_ message: String) { violations.append(Violation(path: path, message: message)) }

        if let type = keyword("type") {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            guard allowed.contains(where: { matches(value, type: $0) }) else {
                fail("expected \(allowed.joined(separator: " or ")), found \(value.typeDescription)")
                return
            }
        }
        if let options = keyword("enum")?.arrayValue {
            let allowed = options.compactMap(\.stringValue)
            if let text = value.stringValue, !allowed.contains(text) {
                fail("\(QuotedInput.quote(text)) is not one of \(allowed.joined(separator: ", "))")
            }
        }
        if keyword("format")?.stringValue == "date-time", let text = value.stringValue, !isDateTime(text) {
            fail("\(QuotedInput.quote(text)) is not an RFC 3339 date-time")
        }
        if case .number(let number, _) = value.value {
            if case .number(let minimum, _)? = keyword("minimum")?.value, number < minimum {
                fail("\(number) is under the minimum \(minimum)")
            }
            if case .number(let maximum, _)? = keyword("maximum")?.value, number > maximum {
                fail("\(number) is over the maximum \(maximum)")
            }
        }
        if let members = value.objectValue {
            let properties = keyword("properties")?.objectValue ?? []
            for name in keyword("required")?.arrayValue?.compactMap(\.stringValue) ?? []
            where !members.contains(where: { $0.key == name }) {
                fail("lacks the required '\(name)'")
            }
            let closed = keyword("additionalProperties")?.boolValue == false
            for member in members {
                if let property = properties.first(where: { $0.key == member.key }) {
                    check(
                        member.value, schema: property.value, path: "\(path).\(member.key)", into: &violations
                    )
                } else if closed {
                    violations.append(
                        Violation(path: "\(path).\(member.key)", message: "is not allowed here"))
                }
            }
        }
        if let items = value.arrayValue, let itemSchema = keyword("items") {
            for (index, item) in items.enumerated() {
                check(item, schema: itemSchema, path: "\(path)[\(index)]", into: &violations)
            }
        }
    }

    private static func matches(_ value: JSONNode, type: String) -> Bool {
        switch (type, value.value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            return true
        case ("integer", .number(let number, _)):
            return number.rounded() == number
        default:
            return false
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, with fields in range.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard (48...57).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        guard bytes.count >= 20, let month = digits(5..<7), let day = digits(8..<10),
            let hour = digits(11..<13),
            let minute = digits(14..<16), let second = digits(17..<19), digits(0..<4) != nil,
            bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116, bytes[13] == 58,
            bytes[16] == 58,
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return false }
        var index = 19
        if bytes[index] == 46 {
            index += 1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == 90 || bytes[index] == 122 { return index == bytes.count - 1 }
        guard bytes[index] == 43 || bytes[index] == 45, bytes.count == index + 6,
            let offsetHour = digits(index + 1..<index + 3),
            bytes[index + 3] == 58, let offsetMinute = digits(index + 4..<index + 6)
        else { return false }
        return offsetHour < 24 && offsetMinute < 60
    }
}
