import Testing

@testable import TextFormats

@Suite struct JSONSchemaValidatorTests {
    private func violations(_ value: String, _ schema: String) throws -> [String] {
        let node = try JSONParser.parse(Array(value.utf8))
        let schemaNode = try JSONParser.parse(Array(schema.utf8))
        return JSONSchemaValidator.validate(node, schema: schemaNode).map(\.description)
    }

    private let person = """
        {"type": "object", "required": ["name", "age"], "additionalProperties": false,
         "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0, "maximum": 150},
                        "kind": {"type": "string", "enum": ["student", "teacher"]},
                        "seen": {"type": ["string", "null"], "format": "date-time"},
                        "tags": {"type": "array", "items": {"type": "string"}}}}
        """

    @Test func aValueThatFollowsTheSchemaHasNoViolations() throws {
        let value =
            #"{"name": "Ana", "age": 30, "kind": "student", "seen": "2026-03-01T08:00:00.25Z", "tags": ["a"]}"#
        #expect(try violations(value, person) == [])
        #expect(try violations(#"{"name": "Ana", "age": 30, "seen": null}"#, person) == [])
    }

    @Test func eachBrokenRuleIsReportedWithItsPath() throws {
        let value = #"{"age": 1.5, "kind": "parent", "seen": "yesterday", "tags": ["a", 2], "extra": true}"#
        #expect(
            try violations(value, person) == [
                "$: lacks the required 'name'",
                "$.age: expected integer, found a decimal number",
                "$.kind: 'parent' is not one of student, teacher",
                "$.seen: 'yesterday' is not an RFC 3339 date-time",
                "$.tags[1]: expected string, found a number",
                "$.extra: is not allowed here",
            ])
    }

    @Test func numbersOutsideTheBoundsAreViolations() throws {
        #expect(
            try violations(#"{"name": "A", "age": -1}"#, person) == ["$.age: -1.0 is under the minimum 0.0"])
        #expect(
            try violations(#"{"name": "A", "age": 151}"#, person) == [
                "$.age: 151.0 is over the maximum 150.0"
            ])
    }

    @Test func dateTimesNeedAZoneAndRealFields() {
        #expect(JSONSchemaValidator.isDateTime("2026-03-01T08:00:00Z"))
        #expect(JSONSchemaValidator.isDateTime("2026-03-01T08:00:00.123456+02:00"))
        #expect(!JSONSchemaValidator.isDateTime("2026-03-01T08:00:00"))
        #expect(!JSONSchemaValidator.isDateTime("2026-13-01T08:00:00Z"))
        #expect(!JSONSchemaValidator.isDateTime("2026-03-01 08:00:00Z"))
        #expect(!JSONSchemaValidator.isDateTime("2026-03-01T08:00:00.Z"))
    }
}
