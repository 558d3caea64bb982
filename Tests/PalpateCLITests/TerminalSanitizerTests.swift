import Testing

@testable import PalpateCLI

@Suite struct TerminalSanitizerTests {
    @Test func escapeSequencesGoWholeAndTheTextAroundThemStays() {
        #expect(TerminalSanitizer.clean("a\u{1B}[2J\u{1B}[Hb") == "ab")
        #expect(TerminalSanitizer.clean("a\u{1B}[38;5;196mred\u{1B}[0m") == "ared")
        #expect(TerminalSanitizer.clean("a\u{1B}]0;pwned\u{07}b") == "ab")
        #expect(TerminalSanitizer.clean("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
        #expect(TerminalSanitizer.clean("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b") == "ab")
        #expect(TerminalSanitizer.clean("a\u{1B}7b\u{1B}8c") == "abc")  // save and restore the cursor
    }

    @Test func oneCharacterC1SequencesGoWholeToo() {
        // U+009B is CSI and U+009D is OSC in their C1 forms, which some terminals obey.
        #expect(TerminalSanitizer.clean("a\u{9B}6nb") == "ab")
        #expect(TerminalSanitizer.clean("a\u{9B}31;1mb") == "ab")
        #expect(TerminalSanitizer.clean("a\u{9D}0;title\u{9C}b") == "ab")
        #expect(TerminalSanitizer.clean("a\u{9D}0;title\u{07}b") == "ab")
    }

    @Test func controlsAndDisguisesAreDroppedLineBreaksAndTabsKept() {
        #expect(TerminalSanitizer.clean("a\u{07}\u{08}\u{00}\u{7F}b") == "ab")
        #expect(TerminalSanitizer.clean("\u{202E}evil\u{202C}") == "evil")
        #expect(TerminalSanitizer.clean("a\nb\tc") == "a\nb c")
        #expect(TerminalSanitizer.clean("a\nb", keepNewlines: false) == "a b")
        #expect(TerminalSanitizer.clean("é → 𝄞") == "é → 𝄞")
        #expect(TerminalSanitizer.clean("cut at the end\u{1B}[") == "cut at the end")
    }
}
