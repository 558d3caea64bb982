import Testing

@testable import TextFormats

/// Parses `text`, expecting it to fail, and returns the error.
private func syntaxError(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth)
    -> JSONParser.SyntaxError?
{
    syntaxError(Array(text.utf8), maximumDepth: maximumDepth)
}

private func syntaxError(_ bytes: [UInt8], maximumDepth: Int = JSONParser.defaultMaximumDepth)
    -> JSONParser.SyntaxError?
{
    do {
        _ = try JSONParser.parse(bytes, maximumDepth: maximumDepth)
        return nil
    } catch {
        return error
    }
}

private func parse(_ text: String) throws -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
}

@Suite struct JSONParserValueTests {
    @Test func readsEveryKindOfValue() throws {
        let node = try parse(
            #"{"a": null, "b": true, "c": false, "d": -12.5e1, "e": "x", "f": [1, 2], "g": {}}"#)
        let members = try #require(node.objectValue)
        #expect(members.map(\.key) == ["a", "b", "c", "d", "e", "f", "g"])
        guard case .null = members[0].value.value else {
            Issue.record("expected null")
            return
        }
        #expect(members[1].value.boolValue == true)
        #expect(members[2].value.boolValue == false)
        guard case .number(let number, let literal) = members[3].value.value else {
            Issue.record("expected a number")
            return
        }
        #expect(number == -125)
        #expect(literal == "-12.5e1")
        #expect(members[4].value.stringValue == "x")
        #expect(members[5].value.arrayValue?.compactMap(\.integerValue) == [1, 2])
        #expect(members[6].value.objectValue?.isEmpty == true)
    }

    @Test func keepsDuplicateKeysInTheirOrder() throws {
        let members = try #require(try parse(#"{"b": 1, "a": 2, "b": 3}"#).objectValue)
        #expect(members.map(\.key) == ["b", "a", "b"])
        #expect(members.map(\.value.integerValue) == [1, 2, 3])
    }

    @Test func recordsTheByteOffsetOfEveryKeyAndValue() throws {
        let text = "{\n  \"id\": \"x\",\n  \"list\": [true, 7]\n}"
        let node = try parse(text)
        #expect(node.offset == 0)
        let members = try #require(node.objectValue)
        #expect(members[0].keyOffset == 4)
        #expect(members[0].value.offset == 10)
        #expect(members[1].keyOffset == 17)
        let items = try #require(members[1].value.arrayValue)
        #expect(items.map(\.offset) == [26, 32])
    }

    @Test func decodesEveryEscapeIncludingSurrogatePairs() throws {
        let node = try parse(#"["\"\\\/\b\f\n\r\t", "\u00e9\u00C9", "\ud83d\ude00"]"#)
        let texts = try #require(node.arrayValue).compactMap(\.stringValue)
        #expect(texts == ["\"\\/\u{8}\u{C}\n\r\t", "éÉ", "😀"])
    }

    @Test func keepsRawUnicodeText() throws {
        #expect(try parse(#""Épaule – 肩""#).stringValue == "Épaule – 肩")
    }

    @Test func skipsAByteOrderMarkAndAcceptsCRLFLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\r\n  \"a\": 1\r\n}\r\n".utf8)
        let node = try JSONParser.parse(bytes)
        let members = try #require(node.objectValue)
        #expect(node.offset == 3)
        #expect(members.first?.key == "a")
        #expect(members.first?.value.integerValue == 1)
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONParser.defaultMaximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try parse(text).arrayValue?.count == 1)
    }
}

@Suite struct JSONParserErrorTests {
    @Test func pointsAtTheValueAfterAMissingComma() {
        let error = syntaxError("{\"a\": 1\n \"b\": 2}")
        #expect(error?.offset == 9)
        #expect(
            error?.message
                == "expected ',' or '}' after the value of \"a\" but found '\"'; is a comma missing?")
    }

    @Test func reportsAMissingCommaInAList() {
        let error = syntaxError("[1 2]")
        #expect(error?.offset == 3)
        #expect(error?.message == "expected ',' or ']' in the list but found '2'; is a comma missing?")
    }

    @Test func reportsATrailingCommaInAnObject() {
        let error = syntaxError("{\"a\": 1,}")
        #expect(error?.offset == 8)
        #expect(
            error?.message
                == "expected a key in double quotes but found '}'; remove the comma before the closing brace")
    }

    @Test func reportsATrailingCommaInAList() {
        let error = syntaxError("[1, 2, ]")
        #expect(error?.offset == 7)
        #expect(error?.message == "a list cannot end with a comma; remove the comma before ']'")
    }

    @Test func recoveringStepsOverStrayAndMissingCommasAndKeepsTheValues() throws {
        let parsed = try JSONParser.parseRecovering(Array(#"{"a": [1 2, ], "b": {"c": 3,} "d": true}"#.utf8))
        #expect(parsed.slips.map(\.offset) == [9, 12, 28, 30])
        #expect(
            parsed.slips.map(\.message) == [
                "a comma is missing between two items of the list; add ','",
                "a list cannot end with a comma; remove the comma before ']'",
                "an object cannot end with a comma; remove the comma before '}'",
                "a comma is missing after the value of \"b\"; add ',' before the next key",
            ])
        #expect(parsed.node.objectValue?.map(\.key) == ["a", "b", "d"])
        #expect(parsed.node.objectValue?.first?.value.arrayValue?.count == 2)
        // Anything else still stops the parse where it is.
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parseRecovering(Array("{id: 1}".utf8)) }
        #expect(try JSONParser.parseRecovering(Array("[1, 2]".utf8)).slips.isEmpty)
    }

    @Test func reportsAnUnquotedKey() {
        let error = syntaxError("{id: 1}")
        #expect(error?.offset == 1)
        #expect(
            error?.message
                == "expected a key in double quotes but found 'id'; keys must be text in double quotes")
    }

    @Test func reportsAMissingColon() {
        let error = syntaxError("{\"a\" 1}")
        #expect(error?.offset == 5)
        #expect(error?.message == "expected ':' after the key \"a\" but found '1'")
    }

    @Test func pointsAtTheOpeningQuoteOfAStringTheFileNeverCloses() {
        let error = syntaxError("{\"a\": \"never closed}")
        #expect(error?.offset == 6)
        #expect(error?.message == "this text is never closed with a double quote")
    }

    @Test func reportsALineBreakInsideText() {
        let error = syntaxError("[\"one\ntwo\"]")
        #expect(error?.offset == 5)
        #expect(
            error?.message
                == "a line break inside text; close the text with \" first, or write \\n for a line break")
    }

    @Test func reportsAControlCharacterInsideText() {
        let error = syntaxError("[\"tab\there\"]")
        #expect(error?.offset == 5)
        #expect(
            error?.message
                == "a control character inside text; close the text with \" first, or write \\n for a line break"
        )
    }

    @Test func reportsATruncatedFile() {
        let error = syntaxError("{\"a\": ")
        #expect(error?.offset == 6)
        #expect(error?.message == "the file ends where a value was expected (truncated?)")
        let list = syntaxError("[1, 2")
        #expect(list?.offset == 5)
        // Cut short after a whole value, it is said as cut short, not as a missing comma.
        #expect(
            list?.message
                == "the file ends inside a list that is never closed; was it cut short? Restore its end "
                + "(the list needs its ']')")
        let object = syntaxError("{\"a\": 1")
        #expect(
            object?.message
                == "the file ends after the value of \"a\", inside an object that is never closed; was it cut "
                + "short? Restore its end (the object needs its '}')")
    }

    @Test func reportsAnEmptyFile() {
        for text in ["", "  \n\t "] {
            let error = syntaxError(text)
            #expect(error?.offset == text.utf8.count)
            #expect(error?.message == "the file is empty; it should hold one JSON object { … }")
        }
    }

    @Test func pointsAtTheFirstInvalidUTF8Byte() {
        let bytes = Array("[\"caf".utf8) + [0xC3] + Array("\"]".utf8)
        let error = syntaxError(bytes)
        #expect(error?.offset == 5)
        #expect(error?.message == "this text is not valid UTF-8; save the file as UTF-8")
        let latin1 = Array("[\"ok\", \"ma".utf8) + [0xF1, 0x61] + Array("na\"]".utf8)
        #expect(syntaxError(latin1)?.offset == 10)
    }

    @Test func describesAStrayByteOutsideText() {
        let error = syntaxError([UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")])
        #expect(error?.offset == 1)
        #expect(
            error?.message
                == "expected a value (text in double quotes, a number, true, false, null, an object or a list) "
                + "but found 'byte 0xFF'")
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let text = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        let error = syntaxError(text)
        #expect(error?.offset == 200)
        #expect(error?.message == "nesting is deeper than 200 levels")
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        #expect(syntaxError(hostile, maximumDepth: 10)?.message == "nesting is deeper than 10 levels")
    }

    @Test func reportsTextAfterTheValue() {
        let error = syntaxError("{} }")
        #expect(error?.offset == 3)
        #expect(
            error?.message
                == "unexpected '}' after the end of the JSON value; "
                + "is there an extra closing bracket or a missing comma before it?")
    }

    @Test func reportsUnquotedWordsAndMisspeltLiterals() {
        let word = syntaxError("[hello]")
        #expect(word?.offset == 1)
        #expect(
            word?.message
                == "expected a value (text in double quotes, a number, true, false, null, an object or a list) "
                + "but found 'hello'")
        let literal = syntaxError("[tru]")
        #expect(literal?.offset == 1)
        #expect(literal?.message == "expected true but found 'tru'; text must be in double quotes")
        let longer = syntaxError("[nullable]")
        #expect(longer?.message == "unexpected 'nullable'; text must be in double quotes")
    }

    @Test func rejectsNumbersJSONDoesNotAllow() {
        #expect(syntaxError("[07]")?.message == "numbers cannot start with 0 (write 7, not 07)")
        #expect(syntaxError("[-]")?.message == "a '-' must be followed by digits")
        #expect(syntaxError("[1.]")?.message == "a decimal point must be followed by digits")
        #expect(syntaxError("[1e]")?.message == "an exponent must have digits")
        #expect(syntaxError("[1e999]")?.message == "the number 1e999 is too large")
        #expect(syntaxError("[+1]")?.offset == 1)
    }

    @Test func rejectsBadEscapes() {
        let unknown = syntaxError(#"["a\x"]"#)
        #expect(unknown?.offset == 3)
        #expect(
            unknown?.message
                == #"unknown escape '\x'; valid escapes are \" \\ \/ \b \f \n \r \t \uXXXX"#)
        #expect(syntaxError(#"["\u12G4"]"#)?.message == #"\u must be followed by four hex digits"#)
        #expect(syntaxError(#"["\ud83d"]"#)?.message == #"an unpaired surrogate \u escape"#)
        #expect(syntaxError(#"["\ude00"]"#)?.message == #"an unpaired surrogate \u escape"#)
        #expect(syntaxError(#"["\ud83d\u0041"]"#)?.message == #"an unpaired surrogate \u escape"#)
        #expect(syntaxError(#"["\"#)?.message == "the file ends inside an escape sequence")
    }
}

/// `JSONStreamReader` parses an item where it lies and reads more of the file when the parse ran
/// out of bytes: a value cut anywhere must say it ran out (or end at the cut), never look wrong.
@Suite struct JSONParserPieceTests {
    static let values = [
        #"{"id": "q1", "prompt": "Résumé \"quoted\" \\ \/ \b\f\n\r\t", "n": [-12.5e-3, 0, true, false, null]}"#,
        #""caf\u00e9 \u00E9 \uD83D\uDE00 \uD834\uDD1E end""#,
        #"{"\u00e9l\u00e8ve": {"\uD83D\uDC86": [[], {}, [1, 2]]}}"#,
        #"[1234567890, -0.5, 1e10, "x"]"#,
    ]

    @Test(arguments: values)
    func aValueCutAnywhereRanOutRatherThanLookingWrong(_ text: String) throws {
        let bytes = Array(text.utf8)
        let whole = try JSONParser.parseValue(in: bytes, from: 0, maximumDepth: 200, base: 0)
        #expect(whole.end == bytes.count)
        for length in 0..<bytes.count {
            let prefix = Array(bytes.prefix(length))
            do {
                let parsed = try JSONParser.parseValue(in: prefix, from: 0, maximumDepth: 200, base: 0)
                // Only a number can stop short and still be a value; it ends at the cut.
                #expect(parsed.end == length, "prefix \(length) of \(text)")
            } catch {
                #expect(error.ranOutOfInput, "prefix \(length) of \(text): \(error.syntax.message)")
            }
        }
    }

    @Test(arguments: [#"{"a": tru}"#, #""\u00g9 and more""#, #""\uD83D\n""#, #"[1, , 2]"#, #"{"a" 1}"#])
    func aMistakeInsideTheBytesIsNotRunningOut(_ text: String) {
        #expect {
            _ = try JSONParser.parseValue(in: Array(text.utf8), from: 0, maximumDepth: 200, base: 0)
        } throws: { error in
            (error as? JSONParser.PieceError)?.ranOutOfInput == false
        }
    }
}
