import Testing

@testable import PalpateCLI

@Suite struct TerminalGateTests {
    @Test func palpatesOwnStylingPassesAndEveryOtherSequenceGoes() {
        let buffer = BufferOutput()
        let gate = TerminalGate(buffer)
        let style = TerminalStyle(enabled: true)
        gate.write(
            style.heading("Title") + " " + style.red("x") + "\u{1B}[8mhidden\u{1B}]52;c;cHduZWQ=\u{07}\n")
        gate.write("a\u{9B}2Jb\u{202E}c\r\n")
        #expect(buffer.text == style.heading("Title") + " " + style.red("x") + "hidden\nabc\n")
    }
}
