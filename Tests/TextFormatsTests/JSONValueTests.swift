import Testing

@testable import TextFormats

@Suite struct JSONValueTests {
    private let sample = JSONValue.object([
        ("name", .string("Upper trapezius")),
        ("count", .int(3)),
        ("ratio", .double(0.25)),
        ("flags", .array([.bool(true), .bool(false), .null])),
        ("empty", .object([])),
        ("none", .array([])),
    ])

    @Test func writesCompactJSONOnOneLineKeepingKeyOrder() {
        #expect(
            sample.serialized()
                == #"{"name":"Upper trapezius","count":3,"ratio":0.25,"flags":[true,false,null],"empty":{},"none":[]}"#
        )
    }

    @Test func indentsPrettyJSONWithTwoSpaces() {
        let expected = """
            {
              "name": "Upper trapezius",
              "count": 3,
              "ratio": 0.25,
              "flags": [
                true,
                false,
                null
              ],
              "empty": {},
              "none": []
            }
            """
        #expect(sample.serialized(pretty: true) == expected)
    }

    @Test func escapesQuotesBackslashesAndControlCharactersAsPythonDoes() {
        // json.dumps("say \"hi\"\\\n\r\t\x01\x08\x0cé", ensure_ascii=False)
        let text = JSONValue.string("say \"hi\"\\\n\r\t\u{1}\u{8}\u{C}é")
        #expect(text.serialized() == "\"say \\\"hi\\\"\\\\\\n\\r\\t\\u0001\\b\\f\u{E9}\"")
        // Where palpate escapes more than Python (which keeps DEL and U+2028 raw): issue 15.
        #expect(JSONValue.string("\u{7F}\u{2028}").serialized() == #""\u007f\u2028""#)
    }

    @Test func writesDoublesSoTheyReadBackExactly() {
        #expect(JSONValue.double(1).serialized() == "1.0")
        #expect(JSONValue.double(0.1).serialized() == "0.1")
        #expect(JSONValue.double(-2.5e-7).serialized() == "-2.5e-07")
        #expect(Double(JSONValue.format(1.0 / 3.0)) == 1.0 / 3.0)
    }

    @Test func writesNonFiniteNumbersAsNull() {
        #expect(JSONValue.double(.infinity).serialized() == "null")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }

    @Test func writesAbsentOptionalsAsNull() {
        #expect(JSONValue.optional(String?.none) == .null)
        #expect(JSONValue.optional(Int?.none) == .null)
        #expect(JSONValue.optional(Double?.none) == .null)
        #expect(JSONValue.optional("x") == .string("x"))
        #expect(JSONValue.optional(Int?.some(4)) == .int(4))
        #expect(JSONValue.optional(Double?.some(0.5)) == .double(0.5))
    }

    @Test func comparesByWrittenFormSoKeyOrderMatters() {
        #expect(
            JSONValue.object([("a", .int(1)), ("b", .int(2))]) == .object([("a", .int(1)), ("b", .int(2))]))
        #expect(
            JSONValue.object([("a", .int(1)), ("b", .int(2))]) != .object([("b", .int(2)), ("a", .int(1))]))
        #expect(JSONValue.int(1) != .double(1))
    }

    @Test func writesWhatTheParserReadsBack() throws {
        let text = sample.serialized(pretty: true)
        let node = try JSONParser.parse(Array(text.utf8))
        #expect(node.objectValue?.map(\.key) == ["name", "count", "ratio", "flags", "empty", "none"])
        let escaped = JSONValue.string("a\"b\\c\n\u{1}").serialized()
        #expect(try JSONParser.parse(Array(escaped.utf8)).stringValue == "a\"b\\c\n\u{1}")
    }

    @Test func controlsThatActOnAReaderAreEscapedAndReadBackTheSame() throws {
        let hostile = "a\u{1B}]52;c;eA==\u{07}\u{7F}\u{9B}6n\u{85}\u{202E}\u{2066}\u{2028}\u{2029}é–"
        let escaped = JSONValue.string(hostile).serialized()
        #expect(
            escaped == #""a\u001b]52;c;eA==\u0007\u007f\u009b6n\u0085\u202e\u2066\u2028\u2029é–""#)
        #expect(try JSONParser.parse(Array(escaped.utf8)).stringValue == hostile)
    }
}
