import Testing

@testable import PalpateCLI

@Suite struct TextWrapperTests {
    private let wrapper = TextWrapper(width: 24, style: TerminalStyle(enabled: false))

    @Test func proseBreaksBetweenWordsWithTheContinuationIndented() {
        #expect(
            wrapper.wrap(
                "? that line holds control keys, which cannot be read", indent: "  ", firstIndent: "")
                == ["? that line holds", "  control keys, which", "  cannot be read"])
    }

    @Test func aKeyStaysOnOneLineWithItsLabel() {
        let lines = wrapper.wrap(pieces: ["Rate:", "1 Again ·", "2 Hard ·", "3 Good ·", "4 Easy"])
        #expect(lines == ["Rate: 1 Again · 2 Hard ·", "3 Good · 4 Easy"])
    }

    @Test func aCommandTooLongForWhatIsLeftStartsALineOfItsOwn() {
        let lines = wrapper.wrap(
            pieces: TextWrapper.pieces("Read more:") + ["palpate read referral-patterns#soleus"])
        #expect(lines == ["Read more:", "palpate read referral-patterns#soleus"])
    }

    @Test func aQuotationInAMessageIsOnePiece() {
        #expect(
            TextWrapper.pieces(keepingQuotations: "run 'palpate check a.json' for today's details, not 'x'.")
                == ["run", "'palpate check a.json'", "for", "today's", "details,", "not", "'x'."])
    }
}
