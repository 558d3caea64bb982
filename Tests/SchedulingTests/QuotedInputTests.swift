import Testing

@testable import Scheduling

@Suite struct QuotedInputTests {
    @Test func plainTextIsQuotedAsItIs() {
        #expect(quotedInput("Good") == "'Good'")
    }

    @Test func controlCharactersAndQuotesAreEscaped() {
        #expect(quotedInput("a\u{1b}[31m\n'b'\\") == #"'a\u{1b}[31m\n\'b\'\\'"#)
        #expect(quotedInput("x\u{202e}y") == #"'x\u{202e}y'"#)
    }

    @Test func longTextIsCutAtSixtyCharacters() {
        let quoted = quotedInput(String(repeating: "é", count: 200))
        #expect(quoted == "'" + String(repeating: "é", count: 60) + "…'")
        #expect(
            quotedInput(String(repeating: "a", count: 60)) == "'" + String(repeating: "a", count: 60) + "'")
    }
}
