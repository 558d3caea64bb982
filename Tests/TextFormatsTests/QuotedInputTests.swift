import Testing

@testable import TextFormats

@Suite struct QuotedInputTests {
    @Test func controlsAreWrittenAsVisibleEscapes() {
        #expect(QuotedInput.quote("a\u{1B}]0;t\u{07}\u{0}b") == #"'a\e]0;t\u{7}\u{0}b'"#)
        #expect(QuotedInput.quote("x\u{9B}6n\u{202E}y\\z\n") == #"'x\u{9B}6n\u{202E}y\\z\n'"#)
        #expect(QuotedInput.quote("café – ok") == "'café – ok'")
    }

    @Test func longValuesAreCutAfterSixtyCharacters() {
        let sixty = String(repeating: "a", count: 60)
        #expect(QuotedInput.quote(sixty) == "'\(sixty)'")
        #expect(QuotedInput.quote(sixty + "b") == "'\(sixty)…'")
        // An escape is not split: it counts as the characters it shows.
        #expect(
            QuotedInput.quote(String(repeating: "a", count: 58) + "\u{1B}")
                == "'\(String(repeating: "a", count: 58))\\e'")
        #expect(
            QuotedInput.quote(String(repeating: "a", count: 59) + "\u{1B}")
                == "'\(String(repeating: "a", count: 59))…'")
    }

    @Test func aHugeValueGivesAShortQuote() {
        let huge = String(repeating: "\u{1B}x", count: 4_000_000)
        #expect(QuotedInput.quote(huge).count <= QuotedInput.limit + 3)
    }
}
