import Testing

@testable import TextFormats

@Suite struct JSONNodeTests {
    private func node(_ text: String) throws -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func namesTypesTheWayAnAuthorWould() throws {
        #expect(try node("null").typeDescription == "null")
        #expect(try node("true").typeDescription == "true/false")
        #expect(try node("3").typeDescription == "a number")
        #expect(try node("3.5").typeDescription == "a decimal number")
        #expect(try node("\"x\"").typeDescription == "text (a string)")
        #expect(try node("[]").typeDescription == "a list (array)")
        #expect(try node("{}").typeDescription == "an object")
    }

    @Test func readsWholeNumbersAsIntegersOnly() throws {
        #expect(try node("3").integerValue == 3)
        #expect(try node("-0").integerValue == 0)
        #expect(try node("2.0").integerValue == 2)
        #expect(try node("1e3").integerValue == 1000)
        #expect(try node("2.5").integerValue == nil)
        #expect(try node("1e20").integerValue == nil)
        #expect(try node("\"3\"").integerValue == nil)
    }

    @Test func givesNoValueOfTheWrongType() throws {
        let text = try node("\"x\"")
        #expect(text.boolValue == nil)
        #expect(text.arrayValue == nil)
        #expect(text.objectValue == nil)
        #expect(try node("1").stringValue == nil)
    }
}
